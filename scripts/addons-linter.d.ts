/** The part of addons-linter's library API that scripts/lint-firefox.ts uses (the package ships no types). */
declare module 'addons-linter' {
  interface LinterInstance {
    run(): Promise<unknown>;
  }
  const linter: {
    createInstance(options: {
      config: Record<string, unknown>;
      runAsBinary: boolean;
    }): LinterInstance;
  };
  export default linter;
}
