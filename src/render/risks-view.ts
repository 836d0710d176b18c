import type { Config } from '../config/types.js';
import { scoreRisks, type RiskLevel } from '../model/scoring.js';
import { translate, type Lang } from '../i18n/index.js';
import type { HandbookContext } from './handbook-context.js';
import type { MatrixRowView, RiskRefView, RisksView, RiskView } from './view.js';

const LEVELS: readonly RiskLevel[] = ['critical', 'high', 'medium', 'low'];

/** The risk register: every risk, highest score first. */
export function registerView(context: HandbookContext): RiskView[] {
  const { plan, config, t, person, status, at, playbookAnchors, playbookAnchor, continuity } = context;
  return scoreRisks(plan.risks, config).map(({ risk, index, score, level }, rank) => {
    const linked = risk.playbook !== undefined ? playbookAnchors.get(risk.playbook) : undefined;
    return {
      number: rank + 1,
      id: risk.id ?? '',
      anchor: `risk-${index + 1}`,
      title: risk.title ?? risk.id ?? '',
      level,
      levelText: t(`level.${level}`),
      category: risk.category,
      description: risk.description,
      severity: risk.severity!,
      likelihood: risk.likelihood!,
      score,
      owner: person(risk.owner),
      mitigations: risk.mitigations ?? [],
      playbook: linked && risk.playbook !== undefined ? { id: risk.playbook, anchor: playbookAnchor(linked.index), title: linked.title } : undefined,
      reviewed: status(`/risks/${index}`, risk.reviewed ?? plan.plan.reviewed),
      residual: continuity.residual(risk),
      warnings: at(`/risks/${index}`),
    };
  });
}

export function riskRef(risk: RiskView): RiskRefView {
  return { number: risk.number, id: risk.id, anchor: risk.anchor, title: risk.title, level: risk.level, levelText: risk.levelText };
}

/** The risks section: the matrices (inherent, and residual when any risk has one) and the register. */
export function risksView(register: RiskView[], config: Config, lang: Lang): RisksView {
  const { scale, levels } = config.risk;
  const axis = Array.from({ length: scale }, (_, i) => i + 1);
  const levelOf = (score: number): RiskLevel => (score >= levels.critical ? 'critical' : score >= levels.high ? 'high' : score >= levels.medium ? 'medium' : 'low');
  const matrix = (place: (risk: RiskView) => { severity: number; likelihood: number; isInherent: boolean }): MatrixRowView[] =>
    [...axis].reverse().map((severity) => ({
      severity,
      cells: axis.map((likelihood) => ({
        severity,
        likelihood,
        score: severity * likelihood,
        level: levelOf(severity * likelihood),
        risks: register
          .map((risk) => ({ risk, at: place(risk) }))
          .filter(({ at }) => at.severity === severity && at.likelihood === likelihood)
          .map(({ risk, at }) => ({ ...riskRef(risk), isInherent: at.isInherent })),
      })),
    }));
  const hasResidual = register.some((risk) => risk.residual !== undefined);
  return {
    scale,
    likelihoods: axis,
    matrix: matrix((risk) => ({ severity: risk.severity, likelihood: risk.likelihood, isInherent: false })),
    hasResidual,
    // a risk nobody rated after its mitigations is as big as before them
    residualMatrix: hasResidual ? matrix(({ residual, severity, likelihood }) => (residual ? { ...residual, isInherent: false } : { severity, likelihood, isInherent: true })) : undefined,
    levels: LEVELS.map((level) => ({ level, text: translate(lang, `level.${level}`), from: level === 'low' ? 1 : levels[level] })),
    register,
  };
}
