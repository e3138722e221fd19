/** The WeUI class names written anywhere in src/. */
export function classesNamedInSource(): Set<string>
