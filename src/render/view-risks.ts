/** The risk register and matrix of the handbook's view model (see view.ts). `docs/templates.md` documents each field — keep the two in step. */
import type { RiskLevel } from '../model/scoring.js';
import type { ResidualView } from './view-continuity.js';
import type { PersonView, PlaybookRefView, RiskRefView, StatusView, WarningView } from './view.js';

export interface RiskView extends RiskRefView {
  category?: string;
  description?: string;
  severity: number;
  likelihood: number;
  score: number;
  owner?: PersonView;
  mitigations: string[];
  playbook?: PlaybookRefView;
  reviewed: StatusView;
  /** the rating after mitigations, when the risk has one */
  residual?: ResidualView;
  warnings: WarningView[];
}

export interface MatrixRiskView extends RiskRefView {
  /** only in the residual matrix: the risk has no residual rating and is placed by its inherent one */
  isInherent: boolean;
}

export interface MatrixCellView {
  severity: number;
  likelihood: number;
  score: number;
  level: RiskLevel;
  risks: MatrixRiskView[];
}

export interface MatrixRowView {
  severity: number;
  cells: MatrixCellView[];
}

export interface LevelView {
  level: RiskLevel;
  text: string;
  /** lowest score of the level */
  from: number;
}

export interface RisksView {
  scale: number;
  /** 1..scale, for the likelihood axis */
  likelihoods: number[];
  /** severity rows, highest first, with each risk at its inherent rating */
  matrix: MatrixRowView[];
  /** any risk has a residual rating */
  hasResidual: boolean;
  /** the same matrix after mitigations (only when `hasResidual`); risks without a residual rating stay at their inherent one */
  residualMatrix?: MatrixRowView[];
  levels: LevelView[];
  /** by score descending, then id */
  register: RiskView[];
}
