/** Installs the mock gateway for the current runtime (filled in by the gateway issue). */
export function installMockGateway(): void {}
