#include "assets.hpp"

extern const unsigned char smm_model_social_media[];
extern const std::size_t smm_model_social_media_size;
extern const unsigned char smm_model_social_media_packed[];
extern const std::size_t smm_model_social_media_packed_size;
extern const unsigned char smm_sample_northwind[];
extern const std::size_t smm_sample_northwind_size;
extern const unsigned char smm_sample_northwind_packed[];
extern const std::size_t smm_sample_northwind_packed_size;
extern const unsigned char smm_sample_workshop[];
extern const std::size_t smm_sample_workshop_size;
extern const unsigned char smm_font_regular[];
extern const std::size_t smm_font_regular_size;
extern const unsigned char smm_font_bold[];
extern const std::size_t smm_font_bold_size;

namespace smm::assets {

Blob defaultModel() { return {smm_model_social_media, smm_model_social_media_size}; }
Blob defaultModelPacked() { return {smm_model_social_media_packed, smm_model_social_media_packed_size}; }
Blob sampleAssessment() { return {smm_sample_northwind, smm_sample_northwind_size}; }
Blob sampleAssessmentPacked() { return {smm_sample_northwind_packed, smm_sample_northwind_packed_size}; }
Blob sampleWorkshop() { return {smm_sample_workshop, smm_sample_workshop_size}; }
Blob fontRegular() { return {smm_font_regular, smm_font_regular_size}; }
Blob fontBold() { return {smm_font_bold, smm_font_bold_size}; }

}  // namespace smm::assets
