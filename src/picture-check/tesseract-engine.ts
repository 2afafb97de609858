import { createRequire } from 'node:module';
import { createWorker, type RecognizeResult, type Worker } from 'tesseract.js';
import { OcrUnavailable, type OcrEngine, type OcrLanguage, type OcrPage } from './ocr-page.js';

const require = createRequire(import.meta.url);
const VERSION = `tesseract.js@${(require('tesseract.js/package.json') as { version: string }).version}`;

/**
 * Tesseract (tesseract.js: WebAssembly, no native build) reading pictures with language data from
 * a folder of this machine. `langPath` is a folder and `cacheMethod: 'none'` keeps tesseract.js
 * from reading or writing its own copy: left to itself it would fetch the data from a CDN and
 * keep it in the working folder. One worker per language set, made when first needed, so a run
 * whose readings are all cached starts none.
 */
export class TesseractEngine implements OcrEngine {
  readonly version: string;
  private readonly workers = new Map<string, Promise<Worker>>();

  constructor(
    private readonly langPath: string,
    dataStamp: string,
  ) {
    this.version = `${VERSION};${dataStamp}`;
  }

  async read(image: Buffer, languages: readonly OcrLanguage[]): Promise<OcrPage> {
    let worker: Worker;
    try {
      worker = await this.worker(languages);
    } catch (error) {
      throw new OcrUnavailable(`Tesseract did not start for ${languages.join('+')}: ${messageOf(error)}`, { cause: error });
    }
    let result: RecognizeResult;
    try {
      result = await worker.recognize(image, {}, { blocks: true, text: false });
    } catch (error) {
      throw new OcrUnavailable(`Tesseract could not read a picture: ${messageOf(error)}`, { cause: error });
    }
    const lines: OcrPage['lines'] = [];
    for (const block of result.data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          lines.push({ words: line.words.map((word) => ({ text: word.text, confidence: word.confidence, box: { ...word.bbox } })) });
        }
      }
    }
    return { lines };
  }

  async close(): Promise<void> {
    const workers = [...this.workers.values()];
    this.workers.clear();
    await Promise.all(workers.map(async (worker) => (await worker).terminate()));
  }

  private worker(languages: readonly OcrLanguage[]): Promise<Worker> {
    const key = languages.join('+');
    let worker = this.workers.get(key);
    if (!worker) {
      // The failure reaches `read` as the job's rejection. The handler must still exist: without one,
      // tesseract.js also throws it from its worker's message listener, which no caller can catch
      // and which ends the process (an unreadable picture would stop `npm run plan`).
      const errorHandler = () => undefined;
      worker = createWorker([...languages], 1, { langPath: this.langPath, gzip: false, cacheMethod: 'none', errorHandler }).then(async (made) => {
        // Tesseract's own remarks ("Image too small to scale!!" on a sliver of a picture) would land in the plan's output.
        await made.setParameters({ debug_file: '/dev/null' });
        return made;
      });
      this.workers.set(key, worker);
    }
    return worker;
  }
}

/** tesseract.js rejects with an Error or, from its worker, with a bare string. */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
