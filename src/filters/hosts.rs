//! Hostname lists of cosmetic filters (`example.com,~ads.example.com,example.*##…`) and the keys a page's
//! hostname is looked up by.
//!
//! A filter names hostnames (which also cover their subdomains), entities (`example.*`: the name under any
//! public suffix, and its subdomains) and either of those negated with `~`. Hostnames are lower-cased and
//! internationalised names are stored as the browser reports them (`location.hostname`): in punycode.
//! Entities are matched without a public-suffix list: the suffix is the last label, or the last two when
//! the top level is a two-letter country and the second level a common registry label (`co.uk`,
//! `com.au`, …). That covers the lists' entities (`pelispedia.*`, `google.*`) at the price of a rare miss
//! on an exotic suffix.

/// The hostnames a filter is restricted to (`include`, empty for a generic filter) and those it is not
/// applied on (`exclude`). Entities keep their `.*` suffix.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HostList {
    pub include: Vec<String>,
    pub exclude: Vec<String>,
}

impl HostList {
    pub fn is_generic(&self) -> bool {
        self.include.is_empty()
    }
}

/// Why a hostname list was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostError {
    /// `/regex/##…` (uBlock Origin): a kind Sift does not support, not a mistake.
    Regex,
    Bad(String),
}

/// Parses the part of a cosmetic filter before its separator. `*` and the empty string mean every site.
pub fn parse_host_list(text: &str) -> Result<HostList, HostError> {
    let mut list = HostList::default();
    let text = text.trim();
    if text.is_empty() || text == "*" {
        return Ok(list);
    }
    if text.starts_with('/') {
        return Err(HostError::Regex);
    }
    for entry in text.split(',') {
        let entry = entry.trim();
        let (negated, name) = match entry.strip_prefix('~') {
            Some(rest) => (true, rest.trim()),
            None => (false, entry),
        };
        if name == "*" && !negated {
            // `*,example.com##…` is odd but harmless: `*` adds nothing to a restricted list.
            continue;
        }
        let name = normalize_host(name).map_err(HostError::Bad)?;
        if negated {
            list.exclude.push(name);
        } else {
            list.include.push(name);
        }
    }
    Ok(list)
}

/// A hostname or entity of a list, lower-cased and in punycode; an error names what is wrong with it.
pub fn normalize_host(name: &str) -> Result<String, String> {
    if name.is_empty() {
        return Err("empty hostname in the hostname list".into());
    }
    let (base, entity) = match name.strip_suffix(".*") {
        Some(base) => (base, true),
        None => (name, false),
    };
    let mut out = String::with_capacity(name.len());
    for (i, label) in base.split('.').enumerate() {
        if label.is_empty() {
            return Err(format!("hostname {name:?} has an empty label"));
        }
        if i > 0 {
            out.push('.');
        }
        if label.is_ascii() {
            for c in label.chars() {
                let c = c.to_ascii_lowercase();
                if !(c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                    return Err(format!("hostname {name:?} has the character {c:?}"));
                }
                out.push(c);
            }
        } else {
            let lower: String = label.chars().flat_map(char::to_lowercase).collect();
            if lower.chars().any(|c| c.is_ascii() && !(c.is_ascii_alphanumeric() || c == '-' || c == '_')) {
                return Err(format!("hostname {name:?} has a character not allowed in hostnames"));
            }
            if lower.chars().any(|c| !c.is_ascii() && (c.is_whitespace() || c.is_control())) {
                return Err(format!("hostname {name:?} has a space or control character"));
            }
            let encoded = punycode(&lower).ok_or_else(|| format!("hostname {name:?} cannot be encoded"))?;
            out.push_str("xn--");
            out.push_str(&encoded);
        }
    }
    if entity {
        out.push_str(".*");
    }
    Ok(out)
}

/// Second-level labels that, under a two-letter country code, form a public suffix (`co.uk`, `com.br`).
const REGISTRY_LABELS: &[&str] =
    &["ac", "co", "com", "edu", "gen", "go", "gob", "gov", "int", "ltd", "mil", "ne", "net", "nic", "nom", "or", "org"];

/// The keys under which filters for `host` are stored: the hostname, each parent domain, and the entities
/// it belongs to (`www.example.co.uk` → `www.example.co.uk`, `example.co.uk`, `co.uk`, `uk`,
/// `www.example.*`, `example.*`, …). A hostname that is not one (an IP address, garbage) still gets keys:
/// they simply match nothing.
pub fn lookup_keys(host: &str) -> Vec<String> {
    let host = host.trim().trim_end_matches('.');
    let host = normalize_host(host).unwrap_or_else(|_| host.to_ascii_lowercase());
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    let mut keys = Vec::with_capacity(2 * n + 2);
    for i in 0..n {
        keys.push(labels[i..].join("."));
    }
    let mut suffixes = vec![1];
    if n >= 3 && labels[n - 1].len() == 2 && REGISTRY_LABELS.contains(&labels[n - 2]) {
        suffixes.push(2);
    }
    for s in suffixes {
        for i in 0..n.saturating_sub(s) {
            keys.push(format!("{}.*", labels[i..n - s].join(".")));
        }
    }
    keys
}

/// RFC 3492 punycode of one label (without the `xn--` prefix); `None` on arithmetic overflow.
fn punycode(label: &str) -> Option<String> {
    const BASE: u64 = 36;
    const T_MIN: u64 = 1;
    const T_MAX: u64 = 26;
    fn adapt(delta: u64, points: u64, first: bool) -> u64 {
        let mut delta = if first { delta / 700 } else { delta / 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - T_MIN) * T_MAX) / 2 {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        k + (BASE - T_MIN + 1) * delta / (delta + 38)
    }
    fn digit(d: u64) -> char {
        // d < 36 by construction.
        if d < 26 {
            (b'a' + d as u8) as char
        } else {
            (b'0' + (d - 26) as u8) as char
        }
    }
    let input: Vec<u64> = label.chars().map(|c| c as u64).collect();
    let mut out: String = label.chars().filter(char::is_ascii).collect();
    let basic = out.len() as u64;
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (128u64, 0u64, 72u64, basic);
    while handled < input.len() as u64 {
        let m = *input.iter().filter(|&&c| c >= n).min()?;
        delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
        n = m;
        for &c in &input {
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        T_MIN
                    } else if k >= bias + T_MAX {
                        T_MAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta = delta.checked_add(1)?;
        n += 1;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_with_negation_and_entities() {
        let l = parse_host_list("Example.com, ~ads.example.com,pelispedia.*,~foo.*").unwrap();
        assert_eq!(l.include, ["example.com", "pelispedia.*"]);
        assert_eq!(l.exclude, ["ads.example.com", "foo.*"]);
        assert!(parse_host_list("*").unwrap().is_generic());
        assert!(parse_host_list("~example.com").unwrap().is_generic());
        assert_eq!(parse_host_list("/^foo/"), Err(HostError::Regex));
        assert!(matches!(parse_host_list("a..b"), Err(HostError::Bad(_))));
        assert!(matches!(parse_host_list("a b.com"), Err(HostError::Bad(_))));
        assert!(matches!(parse_host_list("a.com,"), Err(HostError::Bad(_))));
    }

    #[test]
    fn internationalised_names_in_punycode() {
        assert_eq!(normalize_host("bücher.de").unwrap(), "xn--bcher-kva.de");
        assert_eq!(normalize_host("inkomstförsäkring.se").unwrap(), "xn--inkomstfrskring-9kb71a.se");
        assert_eq!(normalize_host("Przesył-energii.pl").unwrap(), "xn--przesy-energii-lnc.pl");
        assert_eq!(normalize_host("例え.jp").unwrap(), "xn--r8jz45g.jp");
        assert_eq!(normalize_host("wanderwege-graubünden.ch").unwrap(), "xn--wanderwege-graubnden-4ec.ch");
    }

    #[test]
    fn keys_cover_parents_and_entities() {
        let k = lookup_keys("www.Example.co.uk");
        for want in ["www.example.co.uk", "example.co.uk", "co.uk", "uk", "www.example.*", "example.*"] {
            assert!(k.contains(&want.to_string()), "{want} missing from {k:?}");
        }
        let k = lookup_keys("news.example.com");
        assert!(k.contains(&"example.*".to_string()));
        assert!(!k.contains(&"news.*".to_string()), "{k:?}");
        assert_eq!(lookup_keys("localhost"), ["localhost"]);
    }
}
