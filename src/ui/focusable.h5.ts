/**
 * Spread on a View that acts as a control (`role="button"`, `"link"`, `"radio"`): on H5 it becomes reachable
 * with Tab, in page order (tabindex 0). Typed as a bare object because Taro's ViewProps do not declare
 * tabIndex (React still sets it on H5).
 */
export const focusable: object = { tabIndex: 0 }
