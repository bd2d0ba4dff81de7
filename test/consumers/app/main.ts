// The app's entry: the package from npm, with Lit shared through the app's node_modules.
import 'backcare-widgets';

document.addEventListener('backcare-checklist-change', (event) => {
  document.title = `${event.detail.done} of ${event.detail.total} done`;
});
