/**
 * Spread on a View that acts as a control (`role="button"`, `"link"`, `"radio"`): on H5 it becomes reachable
 * with Tab, in page order (tabindex 0). Mini-programs have no keyboard focus, so nothing is passed there.
 * Typed as a bare object because Taro's ViewProps do not declare tabIndex (React still sets it on H5).
 */
export const focusable: object = process.env.TARO_ENV === 'h5' ? { tabIndex: 0 } : {}
