import { z } from 'zod';

/**
 * What reading a picture gives: its lines of words in reading order, each word with where it is
 * drawn and how sure the reader was. It is the only shape the rest of the check knows, so the
 * OCR behind it can change (or be a test's stand-in) without touching how labels are looked for.
 */
const Box = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });

export const OcrWordSchema = z.object({
  text: z.string(),
  /** 0–100, as Tesseract gives it. */
  confidence: z.number(),
  box: Box,
});

export const OcrPageSchema = z.object({
  lines: z.array(z.object({ words: z.array(OcrWordSchema) })),
});

export type OcrWord = z.infer<typeof OcrWordSchema>;
export type OcrPage = z.infer<typeof OcrPageSchema>;

/** Languages are Tesseract's names: `eng`, `rus`. */
export type OcrLanguage = 'eng' | 'rus';

/** Reads the words a picture shows. */
export interface OcrEngine {
  /**
   * Names this engine and everything its readings depend on (its version, its language data):
   * cached readings are kept under it, so a new engine or new data reads every picture afresh.
   */
  readonly version: string;
  read(image: Buffer, languages: readonly OcrLanguage[]): Promise<OcrPage>;
  /** Lets the process end: an engine may hold worker threads. */
  close(): Promise<void>;
}

/**
 * The OCR could not read: its worker or language data would not load, or recognising a picture
 * failed. An engine throws this for its own failures; the check turns only this into its one line
 * of warning, so an error of the check itself is not passed off as the OCR's.
 */
export class OcrUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OcrUnavailable';
  }
}
