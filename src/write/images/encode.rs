//! Making one image's smaller copies with the `image` crate: decoded once, turned as its EXIF
//! orientation says (the copies carry no EXIF), resized, and encoded in its own format or as
//! lossless WebP. Without the `responsive-images` feature nothing is made here, and nothing
//! asks: the parse stage offers no copies then.

use crate::parse::markdown::responsive::RasterFormat;

/// The format of a copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyFormat {
    /// The original's format (PNG or JPEG).
    Original(RasterFormat),
    /// Lossless WebP (the only WebP the `image` crate writes).
    WebP,
}

impl CopyFormat {
    /// The extension of the format's files, for the cache.
    pub fn extension(self) -> &'static str {
        match self {
            CopyFormat::Original(RasterFormat::Png) => "png",
            CopyFormat::Original(RasterFormat::Jpeg) => "jpeg",
            CopyFormat::WebP => "webp",
        }
    }

    /// How messages name the format.
    pub fn name(self) -> &'static str {
        match self {
            CopyFormat::Original(format) => format.name(),
            CopyFormat::WebP => "WebP",
        }
    }
}

/// Why a copy could not be made.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    /// The image could not be decoded: a broken or unsupported file.
    #[cfg(feature = "responsive-images")]
    #[error("cannot decode it as {format}: {source}")]
    Decode {
        /// The format it was read as.
        format: &'static str,
        /// What the decoder said.
        source: image::ImageError,
    },
    /// A copy could not be encoded.
    #[cfg(feature = "responsive-images")]
    #[error("cannot write a copy {width} pixels wide as {format}: {source}")]
    Encode {
        /// The copy's width.
        width: u32,
        /// The copy's format.
        format: &'static str,
        /// What the encoder said.
        source: image::ImageError,
    },
    /// This kennis makes no copies (built without the `responsive-images` feature).
    #[cfg(not(feature = "responsive-images"))]
    #[error("this kennis was built without the responsive-images feature")]
    Disabled,
}

/// The quality of JPEG copies (of 100): no visible loss at the sizes they are shown at.
#[cfg(feature = "responsive-images")]
const JPEG_QUALITY: u8 = 82;

/// An image being copied: decoded on the first copy that is not in the cache.
pub struct Source<'a> {
    bytes: &'a [u8],
    format: RasterFormat,
    #[cfg(feature = "responsive-images")]
    decoded: Option<Decoded>,
}

/// An image decoded, upright.
#[cfg(feature = "responsive-images")]
struct Decoded {
    image: image::DynamicImage,
    icc_profile: Option<Vec<u8>>,
}

impl<'a> Source<'a> {
    /// The image `bytes`, whose header says it is `format`.
    pub fn new(bytes: &'a [u8], format: RasterFormat) -> Self {
        Source {
            bytes,
            format,
            #[cfg(feature = "responsive-images")]
            decoded: None,
        }
    }

    /// A copy `width` pixels wide (never wider than the image) in `format`, encoded.
    #[cfg(feature = "responsive-images")]
    pub fn copy(&mut self, width: u32, format: CopyFormat) -> Result<Vec<u8>, CopyError> {
        use image::ImageEncoder as _;
        use image::codecs::{jpeg::JpegEncoder, png::PngEncoder, webp::WebPEncoder};

        let decoded = match &mut self.decoded {
            Some(decoded) => decoded,
            None => self.decoded.insert(decode(self.bytes, self.format)?),
        };
        let original = &decoded.image;
        let width = width.clamp(1, original.width().max(1));
        let resized;
        let image = if width == original.width() {
            original
        } else {
            // The height the aspect ratio gives, rounded, at least one pixel.
            let (w, h) = (u64::from(original.width()), u64::from(original.height()));
            let height = (h * u64::from(width) + w / 2) / w;
            let height = u32::try_from(height.max(1)).unwrap_or(u32::MAX);
            resized = original.resize_exact(width, height, image::imageops::FilterType::Lanczos3);
            &resized
        };
        let mut bytes = Vec::new();
        let icc_profile = decoded.icc_profile.clone();
        let written = match format {
            CopyFormat::Original(RasterFormat::Png) => {
                let mut encoder = PngEncoder::new_with_quality(
                    &mut bytes,
                    image::codecs::png::CompressionType::Best,
                    image::codecs::png::FilterType::Adaptive,
                );
                if let Some(profile) = icc_profile {
                    // A profile the encoder cannot write leaves the copy in sRGB, as most are.
                    let _ = encoder.set_icc_profile(profile);
                }
                image.write_with_encoder(encoder)
            }
            CopyFormat::Original(RasterFormat::Jpeg) => {
                let mut encoder = JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY);
                if let Some(profile) = icc_profile {
                    let _ = encoder.set_icc_profile(profile);
                }
                image.write_with_encoder(encoder)
            }
            CopyFormat::WebP => {
                let mut encoder = WebPEncoder::new_lossless(&mut bytes);
                if let Some(profile) = icc_profile {
                    let _ = encoder.set_icc_profile(profile);
                }
                image.write_with_encoder(encoder)
            }
        };
        written.map_err(|source| CopyError::Encode {
            width,
            format: format.name(),
            source,
        })?;
        Ok(bytes)
    }

    /// Whether the image decodes, as making a copy would need: what `kennis check` asks of an
    /// image it makes no copies of, so a clean check means a clean build.
    #[cfg(feature = "responsive-images")]
    pub fn decodes(&mut self) -> Result<(), CopyError> {
        if self.decoded.is_none() {
            self.decoded = Some(decode(self.bytes, self.format)?);
        }
        Ok(())
    }

    /// Without the `responsive-images` feature no copy is made, so nothing needs decoding.
    #[cfg(not(feature = "responsive-images"))]
    pub fn decodes(&mut self) -> Result<(), CopyError> {
        Ok(())
    }

    /// Without the `responsive-images` feature no copy is ever asked for.
    #[cfg(not(feature = "responsive-images"))]
    pub fn copy(&mut self, _width: u32, _format: CopyFormat) -> Result<Vec<u8>, CopyError> {
        let _ = (self.bytes, self.format);
        Err(CopyError::Disabled)
    }
}

/// Decodes `bytes` as `format`, within the `image` crate's default memory limits (a file that
/// claims to be enormous is an error, not an allocation), and turns it upright.
#[cfg(feature = "responsive-images")]
fn decode(bytes: &[u8], format: RasterFormat) -> Result<Decoded, CopyError> {
    use image::ImageDecoder as _;

    let (image_format, name) = match format {
        RasterFormat::Png => (image::ImageFormat::Png, "PNG"),
        RasterFormat::Jpeg => (image::ImageFormat::Jpeg, "JPEG"),
    };
    let failed = |source| CopyError::Decode {
        format: name,
        source,
    };
    let reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), image_format);
    let mut decoder = reader.into_decoder().map_err(failed)?;
    // Metadata that cannot be read leaves the image as stored.
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let icc_profile = decoder.icc_profile().ok().flatten();
    let mut image = image::DynamicImage::from_decoder(decoder).map_err(failed)?;
    image.apply_orientation(orientation);
    Ok(Decoded { image, icc_profile })
}

#[cfg(all(test, feature = "responsive-images"))]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        });
        let mut bytes = Vec::new();
        let written = image::DynamicImage::ImageRgb8(image).write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        );
        assert!(written.is_ok(), "{written:?}");
        bytes
    }

    #[test]
    fn copies_keep_the_aspect_ratio_and_never_grow() -> crate::TestResult {
        let bytes = png(300, 200);
        let mut source = Source::new(&bytes, RasterFormat::Png);
        for (width, format, expected) in [
            (150, CopyFormat::Original(RasterFormat::Png), (150, 100)),
            (100, CopyFormat::WebP, (100, 67)),
            (600, CopyFormat::WebP, (300, 200)),
            (120, CopyFormat::Original(RasterFormat::Jpeg), (120, 80)),
        ] {
            let copy = source.copy(width, format)?;
            let size = imagesize::blob_size(&copy)?;
            assert_eq!((size.width, size.height), expected, "{width} {format:?}");
        }
        Ok(())
    }

    #[test]
    fn a_broken_image_is_an_error() {
        let mut bytes = png(40, 40);
        bytes.truncate(60);
        let mut source = Source::new(&bytes, RasterFormat::Png);
        let copied = source.copy(20, CopyFormat::WebP);
        assert!(
            matches!(copied, Err(CopyError::Decode { format: "PNG", .. })),
            "{copied:?}"
        );
    }
}
