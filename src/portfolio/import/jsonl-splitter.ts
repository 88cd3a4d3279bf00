/** A streaming JSON Lines splitter: one JSON object per line; blank lines are skipped. */

export type JsonSink = {
  object: (value: Record<string, unknown>, line: number, raw: string) => void;
  error: (line: number, reason: string, raw: string) => void;
};

/** Splits JSON Lines text pushed in arbitrary chunks into objects. */
export class JsonlSplitter {
  private carry = '';
  private lineNo = 0;

  constructor(private readonly sink: JsonSink) {}

  /** Feeds the next chunk of text. */
  push(text: string): void {
    const s = this.carry ? this.carry + text : text;
    let start = 0;
    for (;;) {
      const nl = s.indexOf('\n', start);
      if (nl < 0) break;
      this.consume(s.slice(start, nl), ++this.lineNo);
      start = nl + 1;
    }
    this.carry = start === 0 ? s : s.slice(start);
  }

  /** Flushes the last line. */
  end(): void {
    if (this.carry !== '') this.consume(this.carry, ++this.lineNo);
    this.carry = '';
  }

  private consume(line: string, no: number): void {
    const t = line.trim();
    if (t === '') return;
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch (e) {
      this.sink.error(no, `not valid JSON: ${(e as Error).message}`, line);
      return;
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      this.sink.error(no, 'each line must be one JSON object', line);
      return;
    }
    this.sink.object(v as Record<string, unknown>, no, line);
  }
}
