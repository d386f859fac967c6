//! Whether a reference's identifiers have the form their registries give out, and the web
//! addresses they resolve at.
//!
//! Forms only: no network access during a build. A DOI is `10.` plus a registrant code of four
//! or more digits, `/` and a suffix; a PMID is digits; a PMCID is `PMC` plus digits; an ISBN-10
//! or ISBN-13 must pass its check digit; a URL must be absolute `http(s)` with a host.

/// Why `value` is not a valid identifier of the kind `field` names, or `None` if it is.
pub fn problem(field: &str, value: &str) -> Option<String> {
    let value = value.trim();
    let ok = match field {
        "doi" => is_doi(value),
        "pmid" => {
            !value.is_empty() && value.len() <= 9 && value.bytes().all(|b| b.is_ascii_digit())
        }
        "pmcid" => value
            .strip_prefix("PMC")
            .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())),
        "isbn" => is_isbn(value),
        "url" => is_url(value),
        _ => true,
    };
    if ok {
        return None;
    }
    Some(match field {
        "doi" => format!(
            "{value:?} is not a DOI: it must look like 10.1234/suffix (without https://doi.org/)"
        ),
        "pmid" => format!("{value:?} is not a PubMed id: it must be digits only, e.g. 29480918"),
        "pmcid" => format!(
            "{value:?} is not a PubMed Central id: it must be PMC followed by digits, e.g. PMC6186739"
        ),
        "isbn" => format!("{value:?} is not a valid ISBN: its check digit does not match"),
        _ => format!(
            "{value:?} is not a web address: it must start with https:// or http:// and name a host"
        ),
    })
}

/// The web address where an identifier leads a reader.
pub fn link(field: &str, value: &str) -> Option<String> {
    let value = value.trim();
    match field {
        "doi" => Some(format!("https://doi.org/{value}")),
        "pmid" => Some(format!("https://pubmed.ncbi.nlm.nih.gov/{value}/")),
        "pmcid" => Some(format!("https://pmc.ncbi.nlm.nih.gov/articles/{value}/")),
        "url" => Some(value.to_string()),
        _ => None,
    }
}

/// A DOI without the address or scheme in front of it, as references write it:
/// `https://doi.org/10.1/x`, `dx.doi.org/10.1/x`, `doi:10.1/x` and `DOI 10.1/x` are all `10.1/x`.
pub fn bare_doi(doi: &str) -> String {
    let mut rest = doi.trim();
    for prefix in [
        "https://", "http://", "dx.", "www.", "doi.org/", "doi:", "doi ",
    ] {
        // The prefixes are ASCII, so a match ends on a character boundary.
        if rest.len() >= prefix.len()
            && rest.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
        {
            rest = rest[prefix.len()..].trim_start();
        }
    }
    rest.trim_end().to_string()
}

fn is_doi(value: &str) -> bool {
    let Some(rest) = value.strip_prefix("10.") else {
        return false;
    };
    let Some((registrant, suffix)) = rest.split_once('/') else {
        return false;
    };
    // Registrant codes are digits, optionally subdivided by dots ("10.1000.10/123").
    let registrant_ok = registrant
        .split('.')
        .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
        && registrant
            .split('.')
            .next()
            .is_some_and(|first| first.len() >= 4);
    registrant_ok && !suffix.trim().is_empty() && !suffix.contains(char::is_whitespace)
}

fn is_isbn(value: &str) -> bool {
    let chars: Vec<char> = value.chars().filter(|c| !matches!(c, '-' | ' ')).collect();
    match chars.len() {
        10 => {
            let mut sum = 0;
            for (i, c) in chars.iter().enumerate() {
                let digit = match c {
                    'X' | 'x' if i == 9 => 10,
                    c => match c.to_digit(10) {
                        Some(d) => d,
                        None => return false,
                    },
                };
                sum += digit * (10 - i as u32);
            }
            sum % 11 == 0
        }
        13 => {
            let mut sum = 0;
            for (i, c) in chars.iter().enumerate() {
                let Some(digit) = c.to_digit(10) else {
                    return false;
                };
                sum += if i % 2 == 0 { digit } else { digit * 3 };
            }
            sum % 10 == 0
        }
        _ => false,
    }
}

fn is_url(value: &str) -> bool {
    match url::Url::parse(value) {
        Ok(url) => {
            matches!(url.scheme(), "http" | "https")
                && url
                    .host_str()
                    .is_some_and(|h| h.contains('.') || h == "localhost")
                && !value.contains(char::is_whitespace)
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_identifiers_pass() {
        // Uwitonze & Razzaque 2018, J Am Osteopath Assoc (PMID 29480918).
        assert_eq!(problem("doi", "10.7556/jaoa.2018.037"), None);
        assert_eq!(problem("pmid", "29480918"), None);
        assert_eq!(problem("pmcid", "PMC6186739"), None);
        // An ISBN-13 and an ISBN-10 whose check digits are 7 and X.
        assert_eq!(problem("isbn", "978-0-306-40615-7"), None);
        assert_eq!(problem("isbn", "0-8044-2957-X"), None);
        assert_eq!(
            problem(
                "url",
                "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/"
            ),
            None
        );
    }

    #[test]
    fn malformed_identifiers_are_named() {
        assert!(problem("doi", "https://doi.org/10.7556/jaoa.2018.037").is_some());
        assert!(problem("doi", "10.75/x").is_some());
        assert!(problem("doi", "10.7556/").is_some());
        assert!(problem("pmid", "PMID 29480918").is_some());
        assert!(problem("pmcid", "6186739").is_some());
        assert!(problem("isbn", "978-0-306-40615-8").is_some());
        assert!(problem("isbn", "12345").is_some());
        assert!(problem("url", "www.voedingscentrum.nl").is_some());
        assert!(problem("url", "ftp://example.org/x").is_some());
        assert!(problem("url", "https://exa mple.org").is_some());
    }

    #[test]
    fn links_go_to_the_registries() {
        assert_eq!(
            link("doi", "10.1093/ajcn/nqy274").as_deref(),
            Some("https://doi.org/10.1093/ajcn/nqy274")
        );
        assert_eq!(
            link("pmid", "30541089").as_deref(),
            Some("https://pubmed.ncbi.nlm.nih.gov/30541089/")
        );
        assert_eq!(link("isbn", "0-8044-2957-X"), None);
    }
}
