// An app whose pages are in Spanish bundles the Spanish words up front: no request for them later.
import 'backcare-widgets/components/red-flag-checker/define.js';
import 'backcare-widgets/languages/es.js';
