//! Fitting a logistic regression: the weights that minimise the log loss over the examples
//! plus an L2 penalty (and an optional L1 penalty, which sets weak features to zero), found with
//! argmin's L-BFGS (OWL-QN when there is an L1 penalty). Deterministic: the same examples give
//! the same weights, bit for bit.

use std::cell::RefCell;
use std::rc::Rc;

use argmin::core::{CostFunction, Executor, Gradient, State};
use argmin::solver::linesearch::MoreThuenteLineSearch;
use argmin::solver::quasinewton::LBFGS;

use super::TrainingError;

/// One example as the fit sees it: its features (index, value) and its label.
#[derive(Debug, Clone)]
pub struct Row {
    /// Feature index and value; an index may appear once.
    pub features: Vec<(u32, f64)>,
    /// True for a claim.
    pub positive: bool,
    /// How much the example counts.
    pub weight: f64,
}

/// How strongly large weights are penalised.
#[derive(Debug, Clone, Copy)]
pub struct Penalty {
    /// L2: `l2 / 2 · Σ w²`.
    pub l2: f64,
    /// L1: `l1 · Σ |w|` (0 for none).
    pub l1: f64,
}

/// The fitted weights (one per feature) and the bias.
#[derive(Debug, Clone)]
pub struct Fitted {
    /// Weight per feature index.
    pub weights: Vec<f64>,
    /// The bias.
    pub bias: f64,
}

struct Problem<'a> {
    rows: &'a [Row],
    features: usize,
    l2: f64,
    /// The margins of the last parameters asked about: the optimiser asks for the cost and the
    /// gradient at the same point, and the margins are most of the work of each.
    last: RefCell<Option<Margins>>,
}

/// Parameters and the margins of every row under them.
struct Margins {
    at: Vec<f64>,
    margins: Rc<Vec<f64>>,
}

impl Problem<'_> {
    /// The margin `b + w·x` of each row for `param` = weights followed by the bias.
    fn margins(&self, param: &[f64]) -> Rc<Vec<f64>> {
        if let Some(last) = &*self.last.borrow()
            && last.at.as_slice() == param
        {
            return last.margins.clone();
        }
        let bias = param[self.features];
        let margins: Rc<Vec<f64>> = Rc::new(
            self.rows
                .iter()
                .map(|row| {
                    bias + row
                        .features
                        .iter()
                        .map(|&(i, x)| param[i as usize] * x)
                        .sum::<f64>()
                })
                .collect(),
        );
        *self.last.borrow_mut() = Some(Margins {
            at: param.to_vec(),
            margins: margins.clone(),
        });
        margins
    }
}

/// `log(1 + e^-m)` without overflow.
fn log_loss(margin: f64) -> f64 {
    if margin > 0.0 {
        (-margin).exp().ln_1p()
    } else {
        -margin + margin.exp().ln_1p()
    }
}

fn sign(row: &Row) -> f64 {
    if row.positive { 1.0 } else { -1.0 }
}

impl CostFunction for Problem<'_> {
    type Param = Vec<f64>;
    type Output = f64;

    fn cost(&self, param: &Vec<f64>) -> Result<f64, argmin::core::Error> {
        let loss: f64 = self
            .rows
            .iter()
            .zip(self.margins(param).iter())
            .map(|(row, z)| row.weight * log_loss(sign(row) * z))
            .sum();
        let penalty: f64 = param[..self.features].iter().map(|w| w * w).sum::<f64>();
        Ok(loss + self.l2 / 2.0 * penalty)
    }
}

impl Gradient for Problem<'_> {
    type Param = Vec<f64>;
    type Gradient = Vec<f64>;

    fn gradient(&self, param: &Vec<f64>) -> Result<Vec<f64>, argmin::core::Error> {
        let mut gradient: Vec<f64> = param[..self.features].iter().map(|w| self.l2 * w).collect();
        gradient.push(0.0);
        for (row, &z) in self.rows.iter().zip(self.margins(param).iter()) {
            let y = sign(row);
            // d/dz log(1 + e^(-y z)) = -y / (1 + e^(y z))
            let slope = row.weight * -y / (1.0 + (y * z).exp());
            for &(i, x) in &row.features {
                gradient[i as usize] += slope * x;
            }
            gradient[self.features] += slope;
        }
        Ok(gradient)
    }
}

/// Fits weights for `features` features to `rows`.
pub fn fit(rows: &[Row], features: usize, penalty: Penalty) -> Result<Fitted, TrainingError> {
    let problem = Problem {
        rows,
        features,
        l2: penalty.l2,
        last: RefCell::new(None),
    };
    let failed = |e: argmin::core::Error| TrainingError::Fit(e.to_string());
    let mut solver = LBFGS::new(MoreThuenteLineSearch::new(), 10)
        .with_tolerance_grad(1e-5)
        .map_err(failed)?
        .with_tolerance_cost(1e-10)
        .map_err(failed)?;
    if penalty.l1 > 0.0 {
        solver = solver.with_l1_regularization(penalty.l1).map_err(failed)?;
    }
    let result = Executor::new(problem, solver)
        .configure(|state| state.param(vec![0.0; features + 1]).max_iters(500))
        .run()
        .map_err(failed)?;
    let mut param = result
        .state()
        .get_best_param()
        .cloned()
        .ok_or_else(|| TrainingError::Fit("the optimiser returned no weights".to_string()))?;
    let bias = param.pop().unwrap_or(0.0);
    Ok(Fitted {
        weights: param,
        bias,
    })
}
