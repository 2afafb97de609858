/* global onPage */
// Confirmation windows drawn as plain boxes over the page, with no role: the markup says nothing
// of a dialog (role="none" on a native <dialog>, whose showModal still puts it on top; the role
// and its labelling taken off a div), yet a person sees a window with its buttons.
onPage((document) => {
  for (const window of document.querySelectorAll('dialog, [role="dialog"], [role="alertdialog"]')) {
    if (window.getAttribute('role') === 'none') continue;
    for (const name of ['aria-modal', 'aria-labelledby', 'aria-describedby', 'aria-label']) window.removeAttribute(name);
    if (window.tagName === 'DIALOG') window.setAttribute('role', 'none');
    else window.removeAttribute('role');
  }
});
