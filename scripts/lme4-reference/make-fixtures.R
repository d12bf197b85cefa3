# Writes the two data sets the lme4 agreement tests read (run once; the CSVs are committed):
#   schools.csv   30 schools of 1 to 40 students, two student covariates and a school-level one, τ > 0
#   boundary.csv  20 schools whose school means vary less than chance allows, so the REML and ML τ² are 0
# Usage (from the repository root): Rscript scripts/lme4-reference/make-fixtures.R
out <- "tests/Orientir.Analytics.Tests/Performance/Fixtures"

set.seed(20261123)
sizes <- c(1, 1, 2, 3, 4, sample(5:40, 25, replace = TRUE))
school <- rep(seq_along(sizes), sizes)
z <- round(rnorm(length(sizes)), 4)[school]
u <- rnorm(length(sizes), sd = 0.6)[school]
x1 <- round(rnorm(length(school)), 4)
x2 <- rbinom(length(school), 1, 0.4)
y <- round(1 + 0.5 * x1 - 0.3 * x2 + 0.4 * z + u + rnorm(length(school)), 4)
write.csv(data.frame(school = sprintf("S%02d", school), y, x1, x2, z), file.path(out, "schools.csv"), row.names = FALSE, quote = FALSE)

sizes <- sample(3:25, 20, replace = TRUE)
school <- rep(seq_along(sizes), sizes)
x1 <- round(rnorm(length(school)), 4)
e <- rnorm(length(school))
e <- e - 0.9 * ave(e, school)
y <- round(2 - 0.7 * x1 + e, 4)
write.csv(data.frame(school = sprintf("B%02d", school), y, x1), file.path(out, "boundary.csv"), row.names = FALSE, quote = FALSE)
