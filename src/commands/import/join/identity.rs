//! Which work a reference names: its DOI, PMID, PMCID and web address, each written one way,
//! so that two ways of writing the same identifier compare equal.
//!
//! A DOI is compared without `https://doi.org/`, `dx.doi.org/` or `doi:` in front and ignoring
//! case (DOIs are case-insensitive); a PMCID with or without its `PMC`; a web address without
//! its scheme, `www.`, trailing slash or `#part`. An address of PubMed, PubMed Central, Europe
//! PMC or doi.org is the identifier it carries.

use crate::commands::import::markers::strip_prefix_ignore_case;
use crate::load::content::identifiers::bare_doi;
use crate::load::content::reference::Reference;

/// One normalised identifier of a work.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Identifier {
    /// A DOI, lower case, without a resolver in front: `10.7556/jaoa.2018.037`.
    Doi(String),
    /// A PubMed id, digits without leading zeros.
    Pmid(String),
    /// A PubMed Central id, `PMC` and digits.
    Pmcid(String),
    /// A web address: host (without `www.`) and path (without a trailing slash), and its
    /// query if it has one.
    Url(String),
}

impl std::fmt::Display for Identifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Identifier::Doi(doi) => write!(f, "DOI {doi}"),
            Identifier::Pmid(pmid) => write!(f, "PMID {pmid}"),
            Identifier::Pmcid(pmcid) => write!(f, "PMCID {pmcid}"),
            Identifier::Url(url) => write!(f, "address {url}"),
        }
    }
}

/// The identifiers of `reference`, strongest first (DOI, PMID, PMCID, then what its address
/// carries), each once.
pub fn of(reference: &Reference) -> Vec<Identifier> {
    let found = [
        reference.doi.as_deref().and_then(doi).map(Identifier::Doi),
        reference
            .pmid
            .as_deref()
            .and_then(pmid)
            .map(Identifier::Pmid),
        reference
            .pmcid
            .as_deref()
            .and_then(pmcid)
            .map(Identifier::Pmcid),
        reference.url.as_deref().and_then(url),
    ];
    let mut identifiers: Vec<Identifier> = Vec::new();
    for identifier in found.into_iter().flatten() {
        if !identifiers.contains(&identifier) {
            identifiers.push(identifier);
        }
    }
    identifiers
}

/// A DOI as written in a reference (`10.1/x`, `doi:10.1/x`, `https://doi.org/10.1/x`), lower
/// case and without what is around it; `None` when it is no DOI.
pub fn doi(value: &str) -> Option<String> {
    let doi = bare_doi(value)
        .trim_end_matches(['.', ',', ';'])
        .to_lowercase();
    let doi = percent_decoded(&doi);
    (doi.starts_with("10.") && doi.contains('/')).then_some(doi)
}

/// A PubMed id (`29480918`, `PMID: 29480918`) as its digits without leading zeros.
pub fn pmid(value: &str) -> Option<String> {
    let value = value.trim();
    let digits = strip_prefix_ignore_case(value, "pmid")
        .unwrap_or(value)
        .trim_start_matches([':', ' '])
        .trim_end_matches('.');
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number = digits.trim_start_matches('0');
    Some(if number.is_empty() { "0" } else { number }.to_string())
}

/// A PubMed Central id, with or without `PMC` (`PMC6186739`, `pmc6186739`, `6186739`), as
/// `PMC` and its digits.
pub fn pmcid(value: &str) -> Option<String> {
    let value = value.trim();
    let value = strip_prefix_ignore_case(value, "pmcid")
        .map(|rest| rest.trim_start_matches([':', ' ']))
        .unwrap_or(value);
    let digits = strip_prefix_ignore_case(value, "pmc").unwrap_or(value);
    let digits = digits.trim_end_matches('.');
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("PMC{}", digits.trim_start_matches('0')))
}

/// What a web address names: the DOI, PMID or PMCID an address of doi.org, PubMed, PubMed
/// Central or Europe PMC carries, else the address itself without scheme, `www.`, trailing
/// slash and `#part`. `None` for what is no `http(s)` address.
pub fn url(value: &str) -> Option<Identifier> {
    let parsed = url::Url::parse(value.trim()).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return None;
    }
    let host = parsed.host_str()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    let segments: Vec<&str> = parsed
        .path_segments()
        .map(|s| s.filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    let carried = match (host.as_str(), segments.as_slice()) {
        ("doi.org" | "dx.doi.org", [_, ..]) => {
            doi(parsed.path().trim_start_matches('/')).map(Identifier::Doi)
        }
        ("pubmed.ncbi.nlm.nih.gov", [id, ..]) | ("ncbi.nlm.nih.gov", ["pubmed", id, ..]) => {
            pmid(id).map(Identifier::Pmid)
        }
        ("pmc.ncbi.nlm.nih.gov", ["articles", id, ..])
        | ("ncbi.nlm.nih.gov", ["pmc", "articles", id, ..]) => pmcid(id).map(Identifier::Pmcid),
        ("europepmc.org", ["article" | "abstract", "MED", id, ..]) => {
            pmid(id).map(Identifier::Pmid)
        }
        ("europepmc.org", ["article" | "abstract", "PMC", id, ..]) => {
            pmcid(id).map(Identifier::Pmcid)
        }
        _ => None,
    };
    if carried.is_some() {
        return carried;
    }
    let port = parsed.port().map(|p| format!(":{p}")).unwrap_or_default();
    let path = parsed.path().trim_end_matches('/');
    let query = parsed.query().map(|q| format!("?{q}")).unwrap_or_default();
    Some(Identifier::Url(format!("{host}{port}{path}{query}")))
}

/// `%2F` and the like decoded, as a DOI in an address may be written; the text as it is when it
/// holds no valid escape.
fn percent_decoded(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escape = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escape {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dois_are_read_however_they_are_written() {
        let want = Some("10.7556/jaoa.2018.037".to_string());
        for written in [
            "10.7556/jaoa.2018.037",
            "10.7556/JAOA.2018.037",
            " doi:10.7556/jaoa.2018.037.",
            "DOI: 10.7556/jaoa.2018.037",
            "https://doi.org/10.7556/jaoa.2018.037",
            "http://dx.doi.org/10.7556/jaoa.2018.037",
            "doi.org/10.7556%2Fjaoa.2018.037",
        ] {
            assert_eq!(doi(written), want, "{written:?}");
        }
        assert_eq!(doi("https://example.org/10.1"), None);
        assert_eq!(doi("29480918"), None);
    }

    #[test]
    fn pubmed_ids_with_or_without_their_prefix() {
        assert_eq!(pmid("29480918"), Some("29480918".into()));
        assert_eq!(pmid("PMID: 29480918"), Some("29480918".into()));
        assert_eq!(pmid("0029480918"), Some("29480918".into()));
        assert_eq!(pmid("2948x"), None);
        assert_eq!(pmid(""), None);
        for written in ["PMC6186739", "pmc6186739", "6186739", "PMCID: PMC6186739"] {
            assert_eq!(pmcid(written), Some("PMC6186739".into()), "{written:?}");
        }
        assert_eq!(pmcid("PMC"), None);
        assert_eq!(pmcid("PMCx1"), None);
    }

    #[test]
    fn addresses_of_identifier_sites_are_their_identifiers() {
        let pmid_of = |id: &str| Some(Identifier::Pmid(id.into()));
        assert_eq!(
            url("https://pubmed.ncbi.nlm.nih.gov/29480918/"),
            pmid_of("29480918")
        );
        assert_eq!(
            url("http://www.ncbi.nlm.nih.gov/pubmed/29480918"),
            pmid_of("29480918")
        );
        assert_eq!(
            url("https://europepmc.org/article/MED/29480918"),
            pmid_of("29480918")
        );
        let pmc = Some(Identifier::Pmcid("PMC6186739".into()));
        assert_eq!(
            url("https://pmc.ncbi.nlm.nih.gov/articles/PMC6186739/"),
            pmc
        );
        assert_eq!(
            url("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6186739"),
            pmc
        );
        assert_eq!(
            url("https://doi.org/10.1093/AJCN/nqy274"),
            Some(Identifier::Doi("10.1093/ajcn/nqy274".into()))
        );
    }

    #[test]
    fn other_addresses_without_scheme_www_trailing_slash_and_fragment() {
        let same = Some(Identifier::Url(
            "ods.od.nih.gov/factsheets/Magnesium-HealthProfessional".into(),
        ));
        for written in [
            "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/",
            "http://www.ods.od.nih.gov/factsheets/Magnesium-HealthProfessional",
            "https://ODS.od.nih.gov/factsheets/Magnesium-HealthProfessional/#h5",
        ] {
            assert_eq!(url(written), same, "{written:?}");
        }
        assert_eq!(
            url("https://example.org/a?b=1"),
            Some(Identifier::Url("example.org/a?b=1".into()))
        );
        assert_ne!(url("https://example.org/A"), url("https://example.org/a"));
        assert_eq!(url("ftp://example.org/a"), None);
        assert_eq!(url("geen adres"), None);
    }

    #[test]
    fn a_reference_has_its_identifiers_once_strongest_first() {
        let reference = Reference {
            id: "x".into(),
            doi: Some("10.1/ABC".into()),
            pmid: Some("12".into()),
            url: Some("https://doi.org/10.1/abc".into()),
            ..Reference::default()
        };
        assert_eq!(
            of(&reference),
            vec![
                Identifier::Doi("10.1/abc".into()),
                Identifier::Pmid("12".into())
            ]
        );
    }
}
