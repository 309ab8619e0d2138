/** The URL of each language's catalog asset, made by the i18n plugin in vite.config.ts. */
declare module 'virtual:i18n-catalog-urls' {
  const urls: Record<import('./catalog').Language, string>;
  export default urls;
}
