/**
 * The one rule for a web address the app may send a resident to: `https://`, a host on the given list
 * exactly, then only a path, query and fragment of RFC 3986's plain characters. Written as one regular
 * expression, not with the WHATWG URL parser: the mini-program engines have no `URL` (Taro's stand-in in mini
 * builds is lenient), and a pattern is what the OpenAPI export can state. So no userinfo
 * (`https://allowed@evil.example`), no port, no other scheme (`http:`, `javascript:`), no protocol-relative
 * `//host`, no backslash or space, no host that merely starts or ends with an allowed name, no capitals in
 * the scheme or host.
 */

/** RFC 3986 pchar: unreserved, sub-delims, `:` and `@`, or a percent-encoded octet. */
const PCHAR = String.raw`(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})`

/** The longest address accepted (browsers and gateways cut far longer ones; a catalogue needs short ones). */
export const EXTERNAL_URL_MAX = 512

/** A pattern that matches exactly the https addresses on `hosts` (lower-case DNS names, e.g. si.12333.gov.cn). */
export function httpsUrlPattern(hosts: readonly string[]): RegExp {
  for (const host of hosts) if (!/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/.test(host)) throw new Error(`not a host name: ${host}`)
  const names = hosts.map((host) => host.replace(/\./g, '\\.')).join('|')
  return new RegExp(`^https://(?:${names})(?:/(?:${PCHAR}|/)*)?(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?$`)
}

/** The host of an address that matched `httpsUrlPattern` (what comes between `https://` and the path). */
export function hostOf(url: string): string {
  return url.slice('https://'.length).split(/[/?#]/)[0]
}
