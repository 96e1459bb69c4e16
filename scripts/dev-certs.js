// The https://localhost certificate for the task pane, made and trusted with office-addin-dev-certs
// (a CA of its own plus a localhost certificate under ~/.office-addin-dev-certs).
//
// Existing certificates are always reused. Where the CA cannot be trusted system-wide (Linux
// without sudo, for instance), office-addin-dev-certs' own helpers would otherwise create a new CA
// on every start and silently break the trust the user gave the old one in their browser.
const crypto = require("node:crypto");
const fs = require("node:fs");

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** office-addin-dev-certs and its file locations, or undefined when the package is absent. */
function loadDevCerts() {
  try {
    return {
      api: require("office-addin-dev-certs"),
      paths: require("office-addin-dev-certs/lib/defaults"),
    };
  } catch {
    return undefined;
  }
}

/** The CA, certificate and key, if all exist, match and stay valid for at least another day. */
function readCertificates(paths) {
  try {
    const ca = fs.readFileSync(paths.caCertificatePath);
    const cert = fs.readFileSync(paths.localhostCertificatePath);
    const key = fs.readFileSync(paths.localhostKeyPath);
    const x509 = new crypto.X509Certificate(cert);
    const expiresSoon = Date.parse(x509.validTo) - Date.now() < ONE_DAY_MS;
    if (expiresSoon || !x509.checkPrivateKey(crypto.createPrivateKey(key))) {
      return undefined;
    }
    return { ca, cert, key };
  } catch {
    return undefined;
  }
}

/** Options for an https server on localhost, or undefined when no certificate can be had. */
async function httpsServerOptions() {
  const devCerts = loadDevCerts();
  if (!devCerts) {
    return undefined;
  }
  const existing = readCertificates(devCerts.paths);
  if (existing) {
    return existing;
  }
  try {
    return await devCerts.api.getHttpsServerOptions();
  } catch {
    // The certificates may have been written even though trusting the CA failed.
    return readCertificates(devCerts.paths);
  }
}

/**
 * Makes sure a localhost certificate exists and tries to have the operating system trust its CA.
 * Resolves to { state: "trusted" | "untrusted" | "unavailable", caPath?, problem? }.
 */
async function prepareCertificates() {
  const devCerts = loadDevCerts();
  if (!devCerts) {
    return { state: "unavailable", problem: "office-addin-dev-certs is not installed" };
  }
  const { api, paths } = devCerts;
  const caPath = paths.caCertificatePath;

  if (!readCertificates(paths)) {
    try {
      await api.ensureCertificatesAreInstalled();
      return { state: "trusted", caPath };
    } catch (error) {
      const state = readCertificates(paths) ? "untrusted" : "unavailable";
      return { state, caPath, problem: error.message };
    }
  }

  try {
    if (api.getCaCertificateStatus().status !== api.CertificateStatus.Installed) {
      await api.installCaCertificate(caPath);
    }
    return { state: "trusted", caPath };
  } catch (error) {
    return { state: "untrusted", caPath, problem: error.message };
  }
}

module.exports = { httpsServerOptions, prepareCertificates };
