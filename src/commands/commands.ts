/**
 * The ribbon's function file (manifest FunctionFile → commands.html). The only button, 绩效检查,
 * opens the task pane (ShowTaskpane), so there is no command to run; this page just has to load
 * Office.js and signal that it is ready.
 */
Office.onReady(() => {
  // No ExecuteFunction commands yet; a future "check without opening the pane" would be
  // registered here with Office.actions.associate("checkWorkbook", handler).
});
