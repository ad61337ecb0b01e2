/** The organisation-keys section wired to this browser's stored secrets (org-keys-actions.ts). */
import { useEffect, useState } from 'preact/hooks';
import { OrgKeysSection } from '@/components/options/org-keys-section';
import {
  exportOrgKeys,
  forgetTrustedKeys,
  importOrgKeys,
  rotateSigningKey,
  signingFingerprint,
  trustedKeys,
} from './org-keys-actions';

export function OrgKeys() {
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [trusted, setTrusted] = useState<string[]>([]);
  const reload = () => {
    void signingFingerprint().then(setFingerprint, () => setFingerprint(null));
    void trustedKeys().then(setTrusted, () => setTrusted([]));
  };
  useEffect(reload, []);
  return (
    <OrgKeysSection
      signingFingerprint={fingerprint}
      onExport={async (passphrase) => {
        const outcome = await exportOrgKeys(passphrase);
        reload();
        return outcome;
      }}
      onImport={async (file, passphrase) => {
        const outcome = await importOrgKeys(file, passphrase);
        reload();
        return outcome;
      }}
      onRotate={async () => {
        const outcome = await rotateSigningKey();
        reload();
        return outcome;
      }}
      trustedKeys={trusted}
      onForgetTrusted={async () => {
        const outcome = await forgetTrustedKeys();
        reload();
        return outcome;
      }}
    />
  );
}
