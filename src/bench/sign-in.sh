# Signing in through /login/ as a browser does, for the scripts here (sourced, not run).

# The session cookies of NAME signed in with PASSWORD, as a Cookie header's value
# ("JSESSIONID=..."; on a cluster also the servers' own JSESSIONID... cookies); empty when the
# sign-in failed. Args: base-url name password
session_cookies() {
    curl -s -c - -o /dev/null --data-urlencode "name=$2" --data-urlencode "password=$3" \
        --data "sign-in-form=sign-in-form&jakarta.faces.ViewState=stateless&sign-in=Sign+in" "$1/login/" \
        | awk '$6 ~ /^JSESSIONID/ { printf "%s%s=%s", sep, $6, $7; sep = "; " }'
}
