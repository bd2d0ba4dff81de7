/**
 * The words of the loader's fallback message (fallback.ts), in English: the emergency signs'
 * summaries and the number, as every safety net shows them, and the checker's clinic line. The
 * CDN build replaces this module by its value (rollup.cdn.config.mjs), so the loader's entry
 * carries these few sentences rather than all of the checker's words.
 */
import enGBCommon from '../data/en-GB/common.js';
import common from '../data/en/common.js';
import checker from '../data/en/red-flag-checker.js';
import { emergencySignsIn } from '../data/signs.js';

export default {
  emergencyNumber: common.emergencyNumber,
  /** The number for a page in UK English. */
  ukEmergencyNumber: enGBCommon.emergencyNumber,
  getHelpNow: common.getHelpNow,
  emergencySigns: common.emergencySigns,
  callClinic: checker.callClinic,
  yourClinic: checker.yourClinic,
  summaries: emergencySignsIn(common),
};
