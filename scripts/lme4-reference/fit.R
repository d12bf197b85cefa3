# The lme4 reference of the random-intercept model (Orientir.Analytics.Performance.RandomInterceptModel):
# fits lmer(y ~ covariates + (1 | school)) by REML and by ML to each fixture and writes every number the C# test
# compares — fixed effects and their SEs, τ², σ², the log-likelihood, and per school the conditional mode and its
# conditional SD (condVar) — to <fixture>.lme4.csv beside it, with 17 significant digits.
# The optimiser's tolerance is tightened (bobyqa rhoend 1e-12) so the reference is the optimum, not lme4's
# default stopping point (whose θ is good to about 1e-6).
# Usage (from the repository root): Rscript scripts/lme4-reference/fit.R
suppressPackageStartupMessages(library(lme4))
dir <- "tests/Orientir.Analytics.Tests/Performance/Fixtures"
control <- lmerControl(optimizer = "bobyqa", optCtrl = list(rhoend = 1e-12, maxfun = 1e5),
                       check.conv.singular = "ignore")

reference <- function(fixture, formula) {
  data <- read.csv(file.path(dir, paste0(fixture, ".csv")))
  data$school <- factor(data$school)
  rows <- list()
  for (reml in c(TRUE, FALSE)) {
    fit <- lmer(formula, data = data, REML = reml, control = control)
    name <- if (reml) "REML" else "ML"
    add <- function(quantity, key, value) rows[[length(rows) + 1]] <<- data.frame(fit = name, quantity, key, value = sprintf("%.17g", value))
    beta <- fixef(fit)
    se <- sqrt(diag(as.matrix(vcov(fit))))
    for (k in names(beta)) { add("fixef", k, beta[[k]]); add("se", k, se[[k]]) }
    vc <- as.data.frame(VarCorr(fit))
    add("tau2", "school", vc$vcov[vc$grp == "school"])
    add("sigma2", "residual", sigma(fit)^2)
    add("loglik", "", as.numeric(logLik(fit)))
    re <- ranef(fit, condVar = TRUE)$school
    sd <- sqrt(attr(re, "postVar")[1, 1, ])
    for (g in seq_len(nrow(re))) { add("ranef", rownames(re)[g], re[g, 1]); add("condsd", rownames(re)[g], sd[g]) }
  }
  write.csv(do.call(rbind, rows), file.path(dir, paste0(fixture, ".lme4.csv")), row.names = FALSE, quote = FALSE)
}

reference("schools", y ~ x1 + x2 + z + (1 | school))
reference("boundary", y ~ x1 + (1 | school))
cat("lme4", as.character(packageVersion("lme4")), "on", R.version.string, "\n")
