export declare const URL_DEV: string;
export declare const URL_PROD_PLACEHOLDER: string;
export declare function productionUrl(fromEnv?: string): string;
export declare function rewriteManifest(xml: string | Buffer, urlProd: string): string;
