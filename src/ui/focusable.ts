/** Mini-programs have no keyboard focus: a control's View gets nothing more (focusable.h5.ts is H5's). */
export const focusable: object = {}
