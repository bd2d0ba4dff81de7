/**
 * The words of the loader's fallback message (fallback.ts), read from the red-flag checker's
 * English words: the emergency signs' summaries and the number. The CDN build replaces this
 * module by its value (rollup.cdn.config.mjs), so the loader's entry carries these few
 * sentences rather than all of the checker's words.
 */
import enGBCommon from '../data/en-GB/common.js';
import common from '../data/en/common.js';
import checker from '../data/en/red-flag-checker.js';
import { combinations, signs } from '../data/signs.js';

export default {
  emergencyNumber: common.emergencyNumber,
  /** The number for a page in UK English. */
  ukEmergencyNumber: enGBCommon.emergencyNumber,
  getHelpNow: common.getHelpNow,
  emergencySigns: checker.emergencySigns,
  callClinic: checker.callClinic,
  yourClinic: checker.yourClinic,
  summaries: [
    ...signs.filter((sign) => sign.tier === 'emergency').map((sign) => checker.signs[sign.id].summary),
    ...combinations.filter((rule) => rule.tier === 'emergency').map((rule) => checker.combinations[rule.id].summary),
  ],
};
