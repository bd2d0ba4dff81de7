// Must NOT compile: `theme` takes auto, light or dark. The test expects exactly this error.
import type {} from 'backcare-widgets/jsx';

export const Purple = () => <backcare-stretch-card exercise="bridge" theme="purple" />;
