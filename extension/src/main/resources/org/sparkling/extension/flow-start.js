// Added by Sparkling Water to H2O Flow's page (FlowStartServlet): list the frames and the models as soon as Flow is up,
// so that whoever opens hc.flowURL() sees what Spark put into H2O without typing anything.
(function () {
  var triesLeft = 600; // one minute; a Flow that has not started by then is broken and shows its own error
  var started = window.setInterval(function () {
    // Flow sets window.flow and then, in the same step, makes its context ready to take cells.
    var ready = window.flow && window.flow.context && window.flow.context.insertAndExecuteCell;
    if (!ready && --triesLeft > 0) {
      return;
    }
    window.clearInterval(started);
    if (ready) {
      window.flow.context.insertAndExecuteCell('cs', 'getFrames');
      window.flow.context.insertAndExecuteCell('cs', 'getModels');
    }
  }, 100);
})();
