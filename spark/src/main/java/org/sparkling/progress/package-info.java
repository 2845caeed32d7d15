/**
 * Progress of long work on the driver: conversions (partitions done), H2O jobs (their own progress), AutoML and grids
 * (models trained), shown as a terminal bar or as plain lines ({@code spark.ext.h2o.progress}).
 */
package org.sparkling.progress;
