#!/usr/bin/env bash
# The whole life of one pair and one 1+3+1 group, through the API, against a running Tongxing with its demo data:
#   docs/commitment-walk.sh http://localhost:18080
# It builds a small district of its own (areas, a single mother's household, a cadre, volunteers, accounts) as the
# demo administrator, runs the matching, and walks each commitment: trial → volunteer confirms → family consents →
# handover → three contacts → quiet alert after a gap → mid-term review → formal → final review → ended.
# The quiet gap cannot be waited for in a walk: it is made by back-dating the last contact with psql when
# TONGXING_PSQL is set (e.g. "psql -h localhost -p 5433 -U postgres tongxing"), and skipped otherwise; start the
# server with -Dtongxing.matching.commitments.alerts-cron="0/15 * * * * ?" so that the daily job runs meanwhile.
set -euo pipefail
BASE=${1:-http://localhost:8080}
ADMIN=admin:${TONGXING_ADMIN_PASSWORD:-Tongxing-demo-2026}
PW=Walk-through-lantern-7
N=$((RANDOM % 900 + 100))
DISTRICT=97${N}0; STREET=${DISTRICT}001; COMMUNITY=${STREET}001; COMPOUND=${COMMUNITY}001

call() { # user method path [json]
  local user=$1 method=$2 path=$3 body=${4:-}
  if [ -n "$body" ]; then
    curl -sS -u "$user" -X "$method" -H 'Content-Type: application/json' -d "$body" "$BASE$path"
  else
    curl -sS -u "$user" -X "$method" "$BASE$path"
  fi
}
say() { printf '\n== %s\n' "$*"; }
show() { local answer; answer=$(cat); jq -c . <<<"$answer" >&2; echo "$answer"; } # print, and pass on
account() { # role area links-json -> username
  local name="walk-$1-$N-$RANDOM"
  call "$ADMIN" POST /api/users "$(jq -n --arg u "$name" --arg r "$1" --arg a "$2" --arg pw "$PW" --argjson l "$3" \
    '$l + {username:$u, displayName:$u, email:($u+"@walk.local"), role:$r, areaCode:$a, password:$pw}')" >/dev/null
  echo "$name:$PW"
}
volunteer() { # skill phone -> "id user"
  local id
  id=$(call "$ADMIN" POST /api/volunteers "$(jq -n --arg a "$COMPOUND" --arg s "$1" --arg p "$2" \
    '{name:("步行志愿者"+$p[-2:]), gender:"FEMALE", areaCode:$a, skills:[$s], languages:["zh"], phone:$p,
      availability:["SATURDAY_MORNING","SUNDAY_MORNING"], capacity:1}')" | jq .id)
  call "$ADMIN" PUT /api/volunteers/$id/vetting '{"status":"VETTED","version":0}' >/dev/null
  echo "$id $(account VOLUNTEER "$COMPOUND" "{\"volunteerId\":$id}")"
}
run_and_accept() { # kind
  local run
  run=$(call "$CADRE" POST /api/matching/runs "{\"kind\":\"$1\",\"areaCode\":\"$STREET\",\"timeLimitSeconds\":5}" | jq .id)
  until [ "$(call "$CADRE" GET /api/matching/runs/$run | jq -r .status)" = COMPLETED ]; do sleep 1; done
  call "$CADRE" POST /api/matching/runs/$run/acceptance '{}' | jq -c .
}
contact() { # user path date participants-json
  call "$1" POST "$2/contacts" "$(jq -n --arg d "$3" --argjson p "$4" '{contactedOn:$d, hours:1.5, channel:"HOME_VISIT",
    participants:$p, dimensions:["SCHOOLING","PSYCHOLOGY"], summary:"辅导作业，聊学校和心情"}')" \
    | jq -c '{id, contactedOn, hours, personTimes, channel, dimensions}'
}
quiet() { # table id user-to-ask
  if [ -n "${TONGXING_PSQL:-}" ]; then
    $TONGXING_PSQL -qc "update $1 set last_contact_on = current_date - 45 where id = $2"
    echo "last contact back-dated 45 days; waiting for the alerts job"
    for _ in $(seq 1 40); do
      call "$3" GET /api/me/notifications | jq -e '[.items[].kind] | index("COMMITMENT_QUIET")' >/dev/null && break
      sleep 2
    done
    call "$3" GET /api/me/notifications | jq -c '[.items[] | select(.kind == "COMMITMENT_QUIET") | {kind, subject}]'
    call "$CADRE" GET "/api/matching/${4}?areaPrefix=$STREET&sort=-quiet" | jq -c '[.items[] | {id, quietLevel: .course.quietLevel}]'
  else
    echo "(TONGXING_PSQL not set: quiet gap skipped)"
  fi
}

say "A district of the walk's own: $DISTRICT"
for code in $DISTRICT $STREET $COMMUNITY $COMPOUND; do
  call "$ADMIN" POST /api/areas "{\"code\":\"$code\",\"nameZh\":\"步行$code\",\"nameEn\":\"Walk $code\"}" >/dev/null
done
HOUSEHOLD=$(call "$ADMIN" POST /api/households "$(jq -n --arg a "$COMPOUND" '{areaCode:$a, addressLine:"步行巷1号",
  hardshipCategory:"MINIMUM_ALLOWANCE", composition:"SINGLE_MOTHER", tier:"INTENSIVE",
  consent:{dataProcessing:true, shareContact:true},
  members:[{name:"林步行", relation:"HEAD", birthDate:"1988-03-02", gender:"FEMALE", phone:"13905990077", contact:true},
           {name:"林小步", relation:"CHILD", birthDate:"2016-09-01", gender:"FEMALE"}]}')" | jq .id)
FAMILY=$(account FAMILY "$COMPOUND" "{\"householdId\":$HOUSEHOLD}")
WORKER=$(account WORKER "$COMMUNITY" '{}')
CADRE_ID=$(call "$ADMIN" POST /api/cadres "{\"name\":\"步行干部\",\"gender\":\"FEMALE\",\"unit\":\"街道妇联\",\"areaCode\":\"$STREET\",\"capacity\":3,\"phone\":\"13700000077\"}" | jq .id)
CADRE=$(account CADRE "$STREET" "{\"cadreId\":$CADRE_ID}")
read -r PV PVOL <<<"$(volunteer TUTORING 13800000071)"
NEED=$(call "$ADMIN" POST /api/needs "{\"householdId\":$HOUSEHOLD,\"category\":\"TUTORING\",\"urgency\":\"NORMAL\",\"longTerm\":true,\"description\":\"孩子需要每周一次、长期的数学辅导\"}" | jq .id)
echo "household $HOUSEHOLD, long-term need $NEED, pair volunteer $PV, cadre $CADRE_ID"

say "PAIR: run and accept → a trial"
run_and_accept PAIRS
PAIR=$(call "$CADRE" GET "/api/matching/pairings?areaPrefix=$STREET" | jq '.items[0]')
P=$(jq .id <<<"$PAIR"); V=$(jq .version <<<"$PAIR"); PP=/api/matching/pairings/$P
jq -c '{id, status, course}' <<<"$PAIR"
say "before consent the volunteer sees no family"
call "$PVOL" GET $PP/handover | jq -c .
echo "need as the volunteer sees it: HTTP $(curl -s -o /dev/null -w '%{http_code}' -u "$PVOL" "$BASE/api/needs/$NEED")"
say "the volunteer confirms (shares their phone)"
V=$(call "$PVOL" POST $PP/answer "{\"confirm\":true,\"sharePhone\":true,\"version\":$V}" | show | jq .version)
say "the family consents through its own account"
V=$(call "$FAMILY" POST $PP/household-consent "{\"version\":$V}" | show | jq .version)
say "handover"
call "$PVOL" GET $PP/handover | jq -c .
call "$PVOL" GET /api/needs/$NEED | jq -c '{view, status, contact}'
call "$FAMILY" GET /api/me/helpers | jq -c .
call "$ADMIN" GET "/api/disclosures?householdId=$HOUSEHOLD" | jq -c '[.items[] | {viewerUsername, purpose, fields, channel}]'
say "three contacts"
for d in 21 14 7; do contact "$PVOL" $PP "$(date -d "-$d days" +%F)" '["志愿者","孩子"]'; done
call "$PVOL" GET "/api/service-records?groupBy=PAIRING" | jq -c ".[] | select(.key == \"$P\")"
say "a quiet gap"
quiet pairing $P "$PVOL" pairings
say "mid-term review (family, volunteer, cadre)"
call "$FAMILY" PUT $PP/reviews/MIDTERM '{"rating":5,"comment":"孩子很喜欢"}' | jq -c '{kind, familyRating}'
call "$PVOL" PUT $PP/reviews/MIDTERM '{"rating":4}' | jq -c '{kind, volunteerRating}'
call "$CADRE" PUT $PP/reviews/MIDTERM '{"outcomes":{"SCHOOLING":"SAME","PSYCHOLOGY":"BETTER"}}' | jq -c '{kind, outcomes, improved}'
say "formal"
V=$(call "$CADRE" GET "/api/matching/pairings?areaPrefix=$STREET" | jq '.items[0].version')
V=$(call "$CADRE" POST $PP/formalisation "{\"version\":$V}" | show | jq .version)
say "final review"
call "$CADRE" PUT $PP/reviews/FINAL '{"outcomes":{"SCHOOLING":"BETTER","PSYCHOLOGY":"BETTER"}}' | jq -c '{kind, outcomes, improved}'
call "$WORKER" PUT $PP/reviews/FINAL '{"rating":5,"forFamily":true}' | jq -c '{kind, familyRating, improved}'
say "ended (goal reached: nobody is kept apart)"
call "$CADRE" POST $PP/end "{\"reason\":\"孩子成绩稳定，目标达成\",\"kind\":\"GOAL_REACHED\",\"completed\":true,\"version\":$V}" | jq -c .
call "$ADMIN" GET "/api/matching/conflicts?householdId=$HOUSEHOLD" | jq -c 'length'

say "GROUP: three volunteers and the mother's open need"
read -r G1 GV1 <<<"$(volunteer COMPANIONSHIP 13800000081)"
read -r G2 GV2 <<<"$(volunteer COMPANIONSHIP 13800000082)"
read -r G3 GV3 <<<"$(volunteer COMPANIONSHIP 13800000083)"
call "$ADMIN" POST /api/needs "{\"householdId\":$HOUSEHOLD,\"category\":\"COMPANIONSHIP\",\"urgency\":\"NORMAL\",\"description\":\"母亲需要有人陪伴、聊聊心事\"}" | jq -c '{id, status}'
run_and_accept GROUPS
GROUP=$(call "$CADRE" GET "/api/matching/groups?areaPrefix=$STREET" | jq '.items[0]')
G=$(jq .id <<<"$GROUP"); V=$(jq .version <<<"$GROUP"); GP=/api/matching/groups/$G
jq -c '{id, status, course, members: [.members[] | {volunteer: .volunteer.id, answer}]}' <<<"$GROUP"
call "$GV1" GET $GP/handover | jq -c .
say "each volunteer answers (the third declines: no time now, which bans nobody)"
V=$(call "$GV1" POST $GP/members/$G1/answer "{\"confirm\":true,\"sharePhone\":true,\"version\":$V}" | jq .version)
V=$(call "$GV2" POST $GP/members/$G2/answer "{\"confirm\":true,\"version\":$V}" | jq .version)
V=$(call "$GV3" POST $GP/members/$G3/answer "{\"confirm\":false,\"reason\":\"这学期没有时间\",\"kind\":\"NO_TIME\",\"version\":$V}" | show | jq .version)
say "the worker consents for the family"
V=$(call "$WORKER" POST $GP/household-consent "{\"version\":$V}" | show | jq .version)
say "handover: members see each other (phone where shared), the lead, the mother's covered needs"
call "$GV2" GET $GP/handover | jq -c .
call "$FAMILY" GET /api/me/helpers | jq -c .
say "three contacts"
for d in 20 13 6; do contact "$GV1" $GP "$(date -d "-$d days" +%F)" '["志愿者甲","志愿者乙","母亲"]'; done
call "$WORKER" GET "/api/service-records?groupBy=SOURCE" | jq -c .
say "a quiet gap"
quiet support_group $G "$GV1" groups
say "mid-term review"
call "$GV1" PUT $GP/reviews/MIDTERM '{"rating":4}' | jq -c '{kind, volunteerRating}'
call "$WORKER" PUT $GP/reviews/MIDTERM '{"rating":4,"forFamily":true}' | jq -c '{kind, familyRating}'
call "$CADRE" PUT $GP/reviews/MIDTERM '{"outcomes":{"PSYCHOLOGY":"BETTER","EMPLOYMENT":"SAME"}}' | jq -c '{kind, improved}'
say "formal (contacts and alerts changed the group: read its version again)"
V=$(call "$CADRE" GET "/api/matching/groups?areaPrefix=$STREET" | jq '.items[0].version')
V=$(call "$CADRE" POST $GP/formalisation "{\"version\":$V}" | show | jq .version)
say "final review and the end"
call "$CADRE" PUT $GP/reviews/FINAL '{"outcomes":{"PSYCHOLOGY":"BETTER","EMPLOYMENT":"BETTER"}}' | jq -c '{kind, improved}'
call "$CADRE" POST $GP/end "{\"reason\":\"陪跑一年期满\",\"kind\":\"GOAL_REACHED\",\"version\":$V}" | jq -c .
say "statistics of the walk's district"
call "$ADMIN" GET "/api/statistics?area=$DISTRICT" | jq -c '{services: .services | {services, hours, personTimes}, pairings}'
call "$ADMIN" GET "/api/households/$HOUSEHOLD/timeline?size=40" | jq -c '[.items[].kind] | reverse'
