// One element's entry, as an app that uses only the red-flag checker imports it.
import 'backcare-widgets/components/red-flag-checker/define.js';
