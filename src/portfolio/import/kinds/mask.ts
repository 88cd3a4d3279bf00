/** Masked forms of contact values, safe to show to anyone allowed to read borrowers. */

/** Masks a contact value by kind: `+86 138****5678`, `z***@example.com`, `上海市浦东***`, `wx***`. */
export function maskContactValue(kind: 'phone' | 'email' | 'address' | 'wechat', value: string): string {
  switch (kind) {
    case 'phone': {
      const digits = value.replace(/\D/g, '');
      const plus = value.trimStart().startsWith('+') ? '+' : '';
      return digits.length >= 8 ? `${plus}${digits.slice(0, 3)}****${digits.slice(-4)}` : `****${digits.slice(-2)}`;
    }
    case 'email': {
      const at = value.lastIndexOf('@');
      return at > 0 ? `${value[0]}***${value.slice(at)}` : '***';
    }
    case 'address':
      return `${[...value].slice(0, 6).join('')}***`;
    case 'wechat':
      return `${value.slice(0, 2)}***`;
  }
}
