/** True only in builds made with UPTAKE_E2E=1: they may reach a loopback mock API. */
declare const __UPTAKE_ALLOW_LOOPBACK_API__: boolean;
