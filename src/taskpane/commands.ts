/**
 * Function file of the ribbon (manifest FunctionFile). The only ribbon button
 * opens the task pane declaratively, so this page just tells Office it is ready.
 */
if (typeof Office !== 'undefined') {
  void Office.onReady();
}

export {};
