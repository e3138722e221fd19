export const START: string
export const END: string
export function runtimeDependencyList(dir?: string): string
export function readmeBlock(readme: string): string
