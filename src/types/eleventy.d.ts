// The part of Eleventy's programmatic API this project uses (Eleventy ships no types).
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'watch' | 'serve';
    source?: 'cli' | 'script';
    /** Runs before the config file: extra configuration from the calling script. */
    config?: (config: {
      addGlobalData(name: string, value: unknown): void;
      addTransform(name: string, transform: (content: string, outputPath: string | false) => string | Promise<string>): void;
    }) => void;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): void;
    stopWatch(): Promise<void>;
  }
}
