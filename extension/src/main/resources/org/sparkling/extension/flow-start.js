// Added by Sparkling Water to H2O Flow's page (FlowStartServlet): list the frames and the models as soon as Flow is up,
// so that whoever opens hc.flowURL() sees what Spark put into H2O without typing anything.
(function () {
  var started = window.setInterval(function () {
    // Flow sets window.flow and then, in the same step, makes its context ready to take cells.
    if (!window.flow || !window.flow.context || !window.flow.context.insertAndExecuteCell) {
      return;
    }
    window.clearInterval(started);
    window.flow.context.insertAndExecuteCell('cs', 'getFrames');
    window.flow.context.insertAndExecuteCell('cs', 'getModels');
  }, 100);
})();
