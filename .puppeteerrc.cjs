// Browsers come from the system (Debian's packages); puppeteer must never download one.
// eslint-disable-next-line no-undef
module.exports = { skipDownload: true };
