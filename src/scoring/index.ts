/**
 * The scoring domain's public surface: pure functions over columnar data and model JSON.
 * The model registry, the nightly scoring of delinquent accounts, the drift job and the
 * API endpoints build on these (load/verify a model, score a row or a data set, PSI/CSI,
 * bin tables).
 */
export { parseCsv, readCsvFile, type ReadCsvOptions, type ColumnType } from './csv-reader.ts';
export { getColumn, selectRows, type Column, type Dataset, type NumericColumn, type CategoricalColumn } from './dataset.ts';
export { readTarget, type Target } from './target.ts';
export { defaultBinningOptions, type BinningOptions } from './binning-options.ts';
export { binColumn, binDataset, type BinOverride } from './bin-dataset.ts';
export { assignBins } from './bin-lookup.ts';
export { describeBin, type Bin, type BinSpec, type CharacteristicBinning } from './woe.ts';
export { selectCharacteristics } from './select-characteristics.ts';
export { fitLogistic, type LogisticFit, type LogisticInput } from './logistic-regression.ts';
export { defaultScaling, scalingConstants, scoreFromProbability, probabilityFromScore, type Scaling } from './points-scaling.ts';
export { discrimination, type Discrimination } from './metrics.ts';
export { gainsTable, calibrationTable, type GainsRow, type CalibrationRow } from './tables.ts';
export { computePsi, computeCsi, histogram, stabilityLevel, type StabilityLevel } from './drift.ts';
export { reasonCodes, type ReasonCode } from './reason-codes.ts';
export {
  SCHEMA_VERSION,
  loadModel,
  parseModel,
  sealModel,
  modelChecksum,
  canonicalJson,
  type ScorecardModel,
  type ModelCharacteristic,
  type Band,
  type Candidate,
  type Label,
} from './model-artifact.ts';
export { compileModel, bandOf, type CompiledModel } from './compile-model.ts';
export { scoreRow, type RowScore, type RowValue } from './score-row.ts';
export { scoreColumns, binIndices, rowFlags, type ColumnScores, type ScoringFlag } from './score-columns.ts';
export { trainScorecard, binTrainingData, fitScorecard, type TrainOptions, type PreparedTraining } from './train-scorecard.ts';
export { rebinCharacteristic } from './rebin.ts';
export { evaluateScorecard, characteristicStability, type Evaluation } from './evaluate-scorecard.ts';
export { binTables, formatReport, type BinTable, type BinTableRow } from './report.ts';
export { accountFeatures, computeAccountFeatures, featuresToDataset, type FeatureRow } from './account-features.ts';
export { buildPortfolioTrainingSet, trainingSetToCsv, type TrainingRow, type TrainingSetOptions } from './portfolio-training-set.ts';
export { activateScorecard, findActiveScorecard, getScorecardModel, getScorecardVersion, listScorecards, registerScorecard, type ScorecardVersion } from './registry.ts';
export { scorePortfolio, type ScoreRunSummary } from './score-portfolio.ts';
export { findAccountScore, type AccountScore } from './account-score.ts';
export { scoringRoutes } from './registry-routes.ts';
export { registerScoringRegistryCommands } from './registry-cli.ts';
