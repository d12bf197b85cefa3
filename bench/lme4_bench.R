# The lme4 peer of Orientir's level model (docs/methodology.md §4.2): the rows Orientir.Bench `schools` exported
# (y, school, the school covariates it kept) fitted with lme4::lmer(y ~ covariates + (1 | school), REML), as an
# analyst would in R. The fit is timed inside R (the best of several runs after one warm-up; reading the CSV timed
# apart), at lme4's default optimiser settings; one fit more with bobyqa at rhoend = 1e-12 (not timed) says how far
# the default's stopping point is from the optimum. Given Orientir's θ = τ/σ, lme4's own REML deviance function is
# evaluated there too, to tell which optimum is the lower. Prints one JSON line.
# Usage: Rscript bench/lme4_bench.R ROWS.csv [ORIENTIR_THETA]
suppressPackageStartupMessages(library(lme4))
runs <- 5
arguments <- commandArgs(trailingOnly = TRUE)
path <- arguments[1]
orientir_theta <- if (length(arguments) > 1) as.numeric(arguments[2]) else NA

read_seconds <- system.time(data <- read.csv(path))[["elapsed"]]
data$school <- factor(data$school)
covariates <- setdiff(names(data), c("y", "school"))
formula <- as.formula(paste("y ~", paste(c("1", covariates), collapse = " + "), "+ (1 | school)"))
quiet <- lmerControl(check.conv.singular = "ignore")

fit <- lmer(formula, data = data, REML = TRUE, control = quiet)
seconds <- min(sapply(seq_len(runs), function(i) system.time(lmer(formula, data = data, REML = TRUE, control = quiet))[["elapsed"]]))
tight <- lmer(formula, data = data, REML = TRUE,
              control = lmerControl(optimizer = "bobyqa", optCtrl = list(rhoend = 1e-12, maxfun = 1e5), check.conv.singular = "ignore"))

deviance_at <- lmer(formula, data = data, REML = TRUE, devFunOnly = TRUE)
orientir_deviance <- if (is.na(orientir_theta)) "null" else sprintf("%.17g", deviance_at(orientir_theta))

summary_of <- function(model) {
  beta <- fixef(model)
  vc <- as.data.frame(VarCorr(model))
  fixed <- paste(sprintf("\"%s\": %.17g", names(beta), beta), collapse = ", ")
  sprintf("{\"fixedEffects\": {%s}, \"tau2\": %.17g, \"sigma2\": %.17g, \"deviance\": %.17g}", fixed, vc$vcov[vc$grp == "school"],
          sigma(model)^2, deviance_at(getME(model, "theta")))
}
cat(sprintf(paste0("{\"measure\": \"schools-model\", \"provider\": \"lme4\", \"version\": \"lme4 %s, %s\", \"rows\": %d, ",
                   "\"groups\": %d, \"readSeconds\": %.6f, \"fitSeconds\": %.6f, \"default\": %s, \"tight\": %s, \"orientirDeviance\": %s}\n"),
            as.character(packageVersion("lme4")), R.version.string, nrow(data), nlevels(data$school),
            read_seconds, seconds, summary_of(fit), summary_of(tight), orientir_deviance))
