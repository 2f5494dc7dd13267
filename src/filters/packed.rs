//! The compiled lists as the extension ships them (`lists/rules.txt`): a line-based text the background
//! worker reads in one pass, without building a map or an object per rule, so a worker that the browser
//! stopped and starts again is ready in milliseconds.
//!
//! ```text
//! sift-lists 3
//! lists 2
//! <id>\t<name>\t<date|->\t<date source|->\t<file>\t<first rule>\t<end>     one line per list
//! rules 34226
//! <rule>                 one line per rule: a plain hide is its selector, anything else `{…}` (JSON);
//!                        empty for a generic hide that is just its key (`.nl-popup`): the key says it
//! always 210
//! <rule> <rule> …        the generic rules every page gets
//! keys 16600
//! <key>\t<rule>,<rule>   sorted by key: generic hides by the class or id a page must have
//! hosts 28022
//! <host>\t<rules>\t<excepted rules>      sorted by hostname or entity
//! ```
//!
//! Reading keeps the text and the offsets of its lines; a host or key is found by binary search, a rule
//! written as JSON is decoded when a page needs it. [`pack`] writes it from [`Compiled`].

use super::compile::{Compiled, CompiledList, Rule};
use super::sheet;

pub const MAGIC: &str = "sift-lists 3";

/// The packed text of `c`: the generic hides indexed by key (see [`sheet::key_of`]), the rest always sent.
pub fn pack(c: &Compiled) -> String {
    let mut out = String::with_capacity(1 << 20);
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    out.push_str(MAGIC);
    out.push('\n');
    out.push_str(&format!("lists {}\n", c.lists.len()));
    for l in &c.lists {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            clean(&l.id),
            clean(&l.name),
            l.date.as_deref().map_or("-".into(), clean),
            l.date_source.as_deref().map_or("-".into(), clean),
            clean(&l.file),
            l.rules[0],
            l.rules[1]
        ));
    }
    let mut always = Vec::new();
    let mut keys: std::collections::BTreeMap<String, Vec<u32>> = std::collections::BTreeMap::new();
    for &g in &c.generic {
        let keyed = match c.rules.get(g as usize) {
            Some(Rule::Hide(css)) => sheet::key_of(css).filter(|ks| ks.iter().all(|k| !k.contains(['\t', '\n', '\r']))),
            _ => None,
        };
        match keyed {
            Some(ks) => ks.into_iter().for_each(|k| keys.entry(k).or_default().push(g)),
            None => always.push(g),
        }
    }
    // Most generic hides are a class or an id alone: written once, as their key.
    let implied: std::collections::HashSet<u32> = keys
        .iter()
        .flat_map(|(k, rules)| {
            rules.iter().filter(move |&&r| matches!(&c.rules[r as usize], Rule::Hide(css) if css == k))
        })
        .copied()
        .collect();
    out.push_str(&format!("rules {}\n", c.rules.len()));
    for (i, r) in c.rules.iter().enumerate() {
        match r {
            _ if implied.contains(&(i as u32)) => {}
            // A selector never starts with `{` (the checker refuses braces) and holds no line break.
            Rule::Hide(css) if !css.contains(['\n', '\r']) && !css.is_empty() => out.push_str(css),
            other => out.push_str(&serde_json::to_string(other).unwrap_or_else(|_| "{}".into())),
        }
        out.push('\n');
    }
    let ids = |v: &[u32]| v.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
    out.push_str(&format!("always {}\n", always.len()));
    out.push_str(&always.iter().map(u32::to_string).collect::<Vec<_>>().join(" "));
    out.push('\n');
    out.push_str(&format!("keys {}\n", keys.len()));
    for (k, v) in &keys {
        out.push_str(&format!("{k}\t{}\n", ids(v)));
    }
    // BTreeMap order is byte order, which the binary search below relies on.
    out.push_str(&format!("hosts {}\n", c.hosts.len()));
    for (h, r) in &c.hosts {
        out.push_str(&format!("{h}\t{}\t{}\n", ids(&r.hide), ids(&r.except)));
    }
    out
}

/// The packed lists, read: the text and where its lines start.
pub struct Packed {
    text: String,
    pub lists: Vec<CompiledList>,
    /// Byte ranges of the rule lines.
    rules: Vec<(u32, u32)>,
    pub always: Vec<u32>,
    keys: Vec<(u32, u32)>,
    hosts: Vec<(u32, u32)>,
}

struct Lines<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Lines<'a> {
    fn next(&mut self) -> Result<(usize, &'a str), String> {
        if self.at >= self.text.len() {
            return Err("packed lists end too early".into());
        }
        let start = self.at;
        let end = self.text[start..].find('\n').map_or(self.text.len(), |i| start + i);
        self.at = end + 1;
        Ok((start, &self.text[start..end]))
    }

    fn section(&mut self, name: &str) -> Result<usize, String> {
        let (_, line) = self.next()?;
        line.strip_prefix(name)
            .and_then(|rest| rest.strip_prefix(' '))
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| format!("packed lists: expected `{name} <count>`, found {:?}", truncate(line)))
    }

    fn ranges(&mut self, n: usize) -> Result<Vec<(u32, u32)>, String> {
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            let (start, line) = self.next()?;
            v.push((start as u32, (start + line.len()) as u32));
        }
        Ok(v)
    }
}

fn truncate(s: &str) -> &str {
    s.char_indices().nth(60).map_or(s, |(i, _)| &s[..i])
}

fn ids(s: &str) -> impl Iterator<Item = u32> + '_ {
    s.split([',', ' ']).filter_map(|x| x.parse().ok())
}

impl Packed {
    /// No lists.
    pub fn empty() -> Packed {
        Packed {
            text: String::new(),
            lists: Vec::new(),
            rules: Vec::new(),
            always: Vec::new(),
            keys: Vec::new(),
            hosts: Vec::new(),
        }
    }

    pub fn parse(text: String) -> Result<Packed, String> {
        if text.len() > u32::MAX as usize {
            return Err("packed lists larger than 4 GB".into());
        }
        let mut lines = Lines { text: &text, at: 0 };
        let (_, magic) = lines.next()?;
        if magic != MAGIC {
            return Err(format!("packed lists start with {:?}, not {MAGIC:?}", truncate(magic)));
        }
        let n = lines.section("lists")?;
        let mut lists = Vec::with_capacity(n);
        for _ in 0..n {
            let (_, line) = lines.next()?;
            let f: Vec<&str> = line.split('\t').collect();
            let [id, name, date, source, file, start, end] = f[..] else {
                return Err(format!("packed lists: bad list line {:?}", truncate(line)));
            };
            let opt = |s: &str| (s != "-").then(|| s.to_string());
            let num =
                |s: &str| s.parse::<u32>().map_err(|_| format!("packed lists: bad rule range in {:?}", truncate(line)));
            lists.push(CompiledList {
                id: id.into(),
                name: name.into(),
                file: file.into(),
                date: opt(date),
                date_source: opt(source),
                rules: [num(start)?, num(end)?],
            });
        }
        let n = lines.section("rules")?;
        let rules = lines.ranges(n)?;
        let n = lines.section("always")?;
        let (_, line) = lines.next()?;
        let always: Vec<u32> = ids(line).filter(|&r| (r as usize) < rules.len()).collect();
        if always.len() != n {
            return Err(format!("packed lists: {} generic rules for every page, {n} announced", always.len()));
        }
        let n = lines.section("keys")?;
        let keys = lines.ranges(n)?;
        let n = lines.section("hosts")?;
        let hosts = lines.ranges(n)?;
        let last = lists.last().map_or(0, |l| l.rules[1]) as usize;
        if last != rules.len() {
            return Err(format!("packed lists: the lists cover {last} rules of {}", rules.len()));
        }
        Ok(Packed { text, lists, rules, always, keys, hosts })
    }

    pub fn rule_count(&self) -> usize {
        self.rules.len()
    }

    pub fn key_count(&self) -> usize {
        self.keys.len()
    }

    fn line(&self, (a, b): (u32, u32)) -> &str {
        &self.text[a as usize..b as usize]
    }

    /// Rule `i`, decoded (`None` out of range, unreadable, or a generic hide written as its key: see
    /// [`Packed::keyed`]).
    pub fn rule(&self, i: u32) -> Option<Rule> {
        let line = self.line(*self.rules.get(i as usize)?);
        if line.is_empty() {
            None
        } else if line.starts_with('{') {
            serde_json::from_str(line).ok()
        } else {
            Some(Rule::Hide(line.to_string()))
        }
    }

    /// The index of the list rule `i` belongs to.
    pub fn list_of(&self, i: u32) -> Option<usize> {
        self.lists.iter().position(|l| (l.rules[0]..l.rules[1]).contains(&i))
    }

    /// The rest of the line of `key` in a sorted section, found by binary search.
    fn find<'a>(&'a self, section: &[(u32, u32)], key: &str) -> Option<&'a str> {
        let at = section
            .binary_search_by(|&r| {
                let line = self.line(r);
                line.split_once('\t').map_or(line, |(k, _)| k).cmp(key)
            })
            .ok()?;
        self.line(section[at]).split_once('\t').map(|(_, rest)| rest)
    }

    /// The generic hides indexed by `key` (`.class` / `#id`, lower case), with their selectors.
    pub fn keyed<'a>(&'a self, key: &'a str) -> impl Iterator<Item = (u32, String)> + 'a {
        self.find(&self.keys, key).into_iter().flat_map(ids).filter_map(move |r| match self.rule(r) {
            Some(Rule::Hide(css)) => Some((r, css)),
            Some(_) => None,
            None => (self.rules.get(r as usize).is_some_and(|&(a, b)| a == b)).then(|| (r, key.to_string())),
        })
    }

    /// The rules a hostname or entity adds, and those it excepts.
    pub fn host(&self, key: &str) -> Option<(Vec<u32>, Vec<u32>)> {
        let rest = self.find(&self.hosts, key)?;
        let (hide, except) = rest.split_once('\t').unwrap_or((rest, ""));
        Some((ids(hide).collect(), ids(except).collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::super::compile::{compile, ListInput};
    use super::super::parse_list;
    use super::*;

    fn compiled() -> Compiled {
        let p = parse_list(
            "! Title: Tab\tlist\n##.a\n##[data-x]\n##.b, #c\nx.example##.d:has-text(Sign\tup)\nx.example#@#.a\nz.example,y.example##html:style(overflow: auto)\n",
        );
        compile(&[ListInput { file: "t.txt".into(), parsed: &p, fallback_date: None }]).0
    }

    #[test]
    fn packs_and_reads_back_every_rule_host_and_key() {
        let c = compiled();
        let p = Packed::parse(pack(&c)).expect("reads");
        assert_eq!(p.rule_count(), c.rules.len());
        for (i, r) in c.rules.iter().enumerate().skip(1) {
            assert_eq!(p.rule(i as u32).as_ref(), Some(r), "rule {i}");
        }
        assert_eq!(p.rule(0), None, "`.a` is written as its key");
        assert_eq!(p.lists[0].name, "Tab list");
        assert_eq!(p.lists[0].date, None);
        assert_eq!(p.always, [1], "[data-x] names no class or id");
        assert_eq!(p.keyed(".a").collect::<Vec<_>>(), [(0, ".a".to_string())]);
        assert_eq!(p.keyed("#c").collect::<Vec<_>>(), [(2, ".b, #c".to_string())]);
        assert_eq!(p.keyed(".b").collect::<Vec<_>>(), [(2, ".b, #c".to_string())]);
        assert_eq!(p.keyed(".zz").count(), 0);
        for (h, r) in &c.hosts {
            assert_eq!(p.host(h), Some((r.hide.clone(), r.except.clone())), "{h}");
        }
        assert_eq!(p.host("nowhere.example"), None);
    }

    #[test]
    fn a_damaged_text_is_refused_with_what_is_wrong() {
        let text = pack(&compiled());
        assert!(Packed::parse("hello".into()).err().expect("magic").contains("sift-lists"));
        let cut = &text[..text.find("keys").expect("keys")];
        assert!(Packed::parse(cut.into()).is_err());
        let wrong = text.replace("rules 5\n", "rules 4\n");
        assert_ne!(wrong, text);
        assert!(Packed::parse(wrong).is_err());
    }
}
