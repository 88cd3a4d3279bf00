/**
 * Turns a byte stream into text chunks: UTF-8 (with or without BOM) or GBK (Chinese
 * core-banking exports). The encoding is detected from the first megabyte when not
 * forced: bytes that are not valid UTF-8 mean GBK. Invalid bytes later in the file decode
 * to U+FFFD, which the row validators report as a located "wrong encoding" error.
 */
import iconv from 'iconv-lite';

export type TextEncodingName = 'utf8' | 'gbk';
export type EncodingChoice = TextEncodingName | 'auto';

/** Why a file cannot be decoded at all (the whole file is refused). */
export type UndecodableReason = string;

const SAMPLE_BYTES = 1 << 20;

/** Reads at least `want` bytes (or to the end) from the iterator, keeping what it read. */
async function readSample(it: AsyncIterator<Buffer>, want: number): Promise<{ head: Buffer; done: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  while (size < want) {
    const r = await it.next();
    if (r.done) return { head: Buffer.concat(parts), done: true };
    parts.push(r.value);
    size += r.value.length;
  }
  return { head: Buffer.concat(parts), done: false };
}

/** True when `b` is valid UTF-8, allowing a sequence cut off at the very end of the sample. */
export function isValidUtf8Prefix(b: Buffer, complete: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** Refuses files that are plainly not text in a supported encoding. */
function refuse(head: Buffer): UndecodableReason | null {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return 'the file is UTF-16; save it as UTF-8 (or GBK) and import again / 文件为 UTF-16 编码，请另存为 UTF-8 或 GBK';
  }
  if (head.subarray(0, 8192).includes(0)) {
    return 'the file contains NUL bytes: it is not a text file (Excel .xlsx? export as CSV) / 文件不是文本文件';
  }
  return null;
}

export type DecodedText = { encoding: TextEncodingName; hadBom: boolean; chunks: AsyncIterable<string> };

/**
 * Decodes a stream of bytes.
 * @returns the text chunks and the encoding used, or the reason the file cannot be read as text
 */
export async function decodeStream(source: AsyncIterable<Buffer>, choice: EncodingChoice): Promise<DecodedText | UndecodableReason> {
  const it = source[Symbol.asyncIterator]();
  const { head, done } = await readSample(it, SAMPLE_BYTES);
  const refused = refuse(head);
  if (refused) return refused;
  const hadBom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const encoding: TextEncodingName = choice !== 'auto' ? choice : hadBom || isValidUtf8Prefix(head, done) ? 'utf8' : 'gbk';
  const first = hadBom && encoding === 'utf8' ? head.subarray(3) : head;
  return { encoding, hadBom, chunks: decodeChunks(first, done ? null : it, encoding) };
}

async function* decodeChunks(first: Buffer, rest: AsyncIterator<Buffer> | null, encoding: TextEncodingName): AsyncGenerator<string> {
  if (encoding === 'utf8') {
    const d = new TextDecoder('utf-8', { fatal: false });
    yield d.decode(first, { stream: true });
    if (rest) for (let r = await rest.next(); !r.done; r = await rest.next()) yield d.decode(r.value, { stream: true });
    const tail = d.decode();
    if (tail) yield tail;
    return;
  }
  const d = iconv.getDecoder('gbk');
  yield d.write(first);
  if (rest) for (let r = await rest.next(); !r.done; r = await rest.next()) yield d.write(r.value);
  const tail = d.end();
  if (tail) yield tail;
}
