import { expectDocumentOpens, findDocuments } from '../../ui/documents.js';
import type { StepContext } from '../define.js';
import { DOCUMENTS } from './keys.js';

/**
 * "Review the attached documents – terms of use and privacy policy": each has a link of its own
 * beside its text, and that link opens the document named.
 */
export async function reviewDocuments(context: StepContext, names: string[]): Promise<void> {
  const documents = await findDocuments(context.page, names, context.uiTimeout);
  for (const document of documents) {
    const read = await expectDocumentOpens(context.page.request, document);
    context.note(`«${document.name}»: ${document.href} opens ${read}`);
  }
  context.memory.set(DOCUMENTS, documents.map(({ name, text }) => ({ name, text })));
}
