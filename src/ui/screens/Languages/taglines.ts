/**
 * Language-access taglines (Section 1557, 45 CFR 92.8(d) in 2016; 92.11 in 2024): "help is
 * available in your language" in at least the top 15 languages spoken by people with limited English
 * in the deployment's state.
 *
 * Languages: HHS Office for Civil Rights, "Top 15 languages spoken by individuals with limited
 * English proficiency", table for Massachusetts (14 Sep 2016). Texts: HHS OCR "Sample taglines"
 * (Translated Resources for Covered Entities), with the deployment's phone number put in.
 * NOTE: the texts were transcribed here without network access to hhs.gov: check each one against
 * OCR's published file before a deployment, and replace the list for a state other than MA.
 */

/** The exchange's customer service (Massachusetts Health Connector), told in every tagline. */
export const HELP_PHONE = '1-877-623-6765';
export const HELP_TTY = '1-877-623-7773';

export interface Tagline {
  /** BCP 47 tag, for `lang` (screen readers switch voice) and the letters' language choice. */
  lang: string;
  /** The language's name in itself. */
  name: string;
  /** Its name in English, for the assister. */
  english: string;
  text: string;
  dir?: 'rtl';
}

const phone = `${HELP_PHONE} (TTY: ${HELP_TTY})`;

export const DEPLOYMENT_STATE = 'MA';

export const TAGLINES: readonly Tagline[] = [
  {
    lang: 'es',
    name: 'Español',
    english: 'Spanish',
    text: `ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al ${phone}.`,
  },
  {
    lang: 'pt',
    name: 'Português',
    english: 'Portuguese',
    text: `ATENÇÃO: Se fala português, encontram-se disponíveis serviços linguísticos, grátis. Ligue para ${phone}.`,
  },
  {
    lang: 'zh-Hant',
    name: '繁體中文',
    english: 'Chinese',
    text: `注意：如果您使用繁體中文，您可以免費獲得語言援助服務。請致電 ${phone}。`,
  },
  {
    lang: 'ht',
    name: 'Kreyòl Ayisyen',
    english: 'Haitian Creole',
    text: `ATANSYON: Si w pale Kreyòl Ayisyen, gen sèvis èd pou lang ki disponib gratis pou ou. Rele ${phone}.`,
  },
  {
    lang: 'vi',
    name: 'Tiếng Việt',
    english: 'Vietnamese',
    text: `CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số ${phone}.`,
  },
  {
    lang: 'ru',
    name: 'Русский',
    english: 'Russian',
    text: `ВНИМАНИЕ: Если вы говорите на русском языке, то вам доступны бесплатные услуги перевода. Звоните ${phone}.`,
  },
  {
    lang: 'km',
    name: 'ខ្មែរ',
    english: 'Khmer (Cambodian)',
    text: `ប្រយ័ត្ន៖ បើសិនជាអ្នកនិយាយ ភាសាខ្មែរ, សេវាជំនួយផ្នែកភាសា ដោយមិនគិតឈ្នួល គឺអាចមានសំរាប់បំរើអ្នក។ ចូរ ទូរស័ព្ទ ${phone}។`,
  },
  {
    lang: 'fr',
    name: 'Français',
    english: 'French',
    text: `ATTENTION : Si vous parlez français, des services d'aide linguistique vous sont proposés gratuitement. Appelez le ${phone}.`,
  },
  {
    lang: 'it',
    name: 'Italiano',
    english: 'Italian',
    text: `ATTENZIONE: In caso la lingua parlata sia l'italiano, sono disponibili servizi di assistenza linguistica gratuiti. Chiamare il numero ${phone}.`,
  },
  {
    lang: 'ar',
    name: 'العربية',
    english: 'Arabic',
    dir: 'rtl',
    text: `ملحوظة: إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية تتوافر لك بالمجان. اتصل برقم ${phone}.`,
  },
  {
    lang: 'ko',
    name: '한국어',
    english: 'Korean',
    text: `주의: 한국어를 사용하시는 경우, 언어 지원 서비스를 무료로 이용하실 수 있습니다. ${phone} 번으로 전화해 주십시오.`,
  },
  {
    lang: 'el',
    name: 'Ελληνικά',
    english: 'Greek',
    text: `ΠΡΟΣΟΧΗ: Αν μιλάτε ελληνικά, στη διάθεσή σας βρίσκονται υπηρεσίες γλωσσικής υποστήριξης, οι οποίες παρέχονται δωρεάν. Καλέστε ${phone}.`,
  },
  {
    lang: 'pl',
    name: 'Polski',
    english: 'Polish',
    text: `UWAGA: Jeżeli mówisz po polsku, możesz skorzystać z bezpłatnej pomocy językowej. Zadzwoń pod numer ${phone}.`,
  },
  {
    lang: 'hi',
    name: 'हिंदी',
    english: 'Hindi',
    text: `ध्यान दें: यदि आप हिंदी बोलते हैं तो आपके लिए मुफ्त में भाषा सहायता सेवाएं उपलब्ध हैं। ${phone} पर कॉल करें।`,
  },
  {
    lang: 'gu',
    name: 'ગુજરાતી',
    english: 'Gujarati',
    text: `સુચના: જો તમે ગુજરાતી બોલતા હો, તો નિ:શુલ્ક ભાષા સહાય સેવાઓ તમારા માટે ઉપલબ્ધ છે. ફોન કરો ${phone}.`,
  },
];
