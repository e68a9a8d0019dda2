# The pages every role opens, as "username|path|label", for run.sh and compare.sh (sourced, not run).
# shellcheck shell=bash

# An id in the oldest tenth of the dossiers and of the submissions: "after" it is a late page of each list.
LATE_DOSSIER=${LATE_DOSSIER:-100000}
LATE_SUBMISSION=${LATE_SUBMISSION:-10002000}

PAGES=(
    "vanthu.gen|/account|floor: /account (clerk)"
    "vanthu.gen|/dossiers|/dossiers (clerk, 10k dossiers)"
    "vanthu.gen|/dossiers?after=$LATE_DOSSIER|/dossiers late page (clerk)"
    "vanthu.gen|/dossiers?q=thi%20hoa|/dossiers?q=thi hoa (clerk)"
    "vanthu.gen|/dossiers?q=lo%20van%20hung|/dossiers?q=lo van hung (clerk)"
    "syt|/review|/review (department)"
    "syt|/review?after=$LATE_DOSSIER|/review late page (department)"
    "syt|/review?q=thi%20hoa|/review?q=thi hoa (department)"
    "syt|/review/accepted|/review/accepted (department, to compile)"
    "syt|/review/submissions|/review/submissions (department)"
    "syt|/review/submissions?after=$LATE_SUBMISSION|/review/submissions late page"
    "snv|/appraisal|/appraisal (Home Affairs)"
    "snv|/appraisal?after=$LATE_SUBMISSION|/appraisal late page (Home Affairs)"
    "vpubnd|/decisions|/decisions (chairman's office)"
    "vpubnd|/decisions/proposed?after=$LATE_DOSSIER|/decisions/proposed late page"
    "snv|/|home (Home Affairs)"
    "syt|/|home (department)"
    "snv|/reports|/reports (Home Affairs, province)"
    "syt|/reports?from=2026-01&to=2026-06|/reports (department, half-year)"
    "vanthu.gen|/reports|/reports (clerk)"
)
