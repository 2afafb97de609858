import { expectDocumentOpens, findDocument } from '../../ui/documents.js';
import type { StepContext } from '../define.js';
import { DOCUMENTS } from './keys.js';

/** "Review the attached documents – terms of use and privacy policy": each is linked and opens the document named. */
export async function reviewDocuments(context: StepContext, names: string[]): Promise<void> {
  const documents = [];
  for (const name of names) {
    const document = await findDocument(context.page, name, context.uiTimeout);
    const read = await expectDocumentOpens(context.page.request, document);
    documents.push({ name, text: document.text });
    context.note(`«${name}»: ${document.href} opens ${read}`);
  }
  context.memory.set(DOCUMENTS, documents);
}
