-- The program overview's "at risk" column, kept rather than computed per request (docs/decisions/018):
-- one row per cohort, written by the worker's scheduled refresh (lib/server/data/risk-counts.ts).

-- CreateTable
CREATE TABLE "cohort_risk_counts" (
    "cohort_id" UUID NOT NULL,
    "at_risk" INTEGER NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cohort_risk_counts_pkey" PRIMARY KEY ("cohort_id")
);

-- AddForeignKey
ALTER TABLE "cohort_risk_counts" ADD CONSTRAINT "cohort_risk_counts_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
