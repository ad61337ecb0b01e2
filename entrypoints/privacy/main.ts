// The privacy page is static HTML (scripts/privacy-page.ts renders docs/privacy.md into it at build
// time); this module only brings the extension's styles, light and dark.
import '@/components/base.css';
import './privacy.css';
